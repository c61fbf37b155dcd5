import type { Db } from '../../../server/db/types.ts';
import type { PriceRowInput, ServiceVisitObjectInput, ServiceVisitorCategoryInput } from '../contracts/services.ts';
import { refuseFirst } from '../schedule-rules.ts';
import { serviceErrors, serviceEventErrors } from '../service-rules.ts';
import { eventNotFound, firstMissing, visitObjectNotFound, visitorCategoryNotFound } from '../shared/not-found.ts';
import { unprocessable } from '../../../shared/errors.ts';
import type { services } from '../tables.ts';
import { findVisitObjects, findVisitorCategories } from './option-repository.ts';
import {
  findEventsForService,
  replaceServiceEvents,
  replaceServicePrices,
  replaceServiceVisitObjects,
  replaceServiceVisitorCategories,
  serviceEventsOf,
  servicePricesOf,
  serviceVisitObjectsOf,
  serviceVisitorCategoriesOf,
} from './service-repository.ts';

/** A service's seed-002 options: what it offers, its price table and its events. */
export interface ServiceOptions {
  visitObjects: ServiceVisitObjectInput[];
  visitorCategories: ServiceVisitorCategoryInput[];
  prices: PriceRowInput[];
  eventIds: string[];
}

type ServiceState = Omit<typeof services.$inferSelect, 'id' | 'createdAt'>;

/**
 * Checks a service as it would be stored, with its options: the pure rules of
 * service-rules.ts first, then that every referenced record exists (404 naming the
 * body member) and belongs to the service's venue.
 */
export async function checkService(tx: Db, state: ServiceState, options: ServiceOptions): Promise<void> {
  refuseFirst(serviceErrors({ ...state, ...options }));
  const objectIds = options.visitObjects.map((o) => o.visitObjectId);
  const objects = await findVisitObjects(tx, objectIds);
  const missingObject = firstMissing(objectIds, objects.map((o) => o.id));
  if (missingObject >= 0) throw visitObjectNotFound(`body.visitObjects.${missingObject}.visitObjectId`);
  const foreign = objectIds.findIndex((id) => objects.find((o) => o.id === id)?.venueId !== state.venueId);
  if (foreign >= 0) {
    throw unprocessable('visit_object_not_in_venue', 'This visit object belongs to another venue.', { field: `body.visitObjects.${foreign}.visitObjectId` });
  }
  const categoryIds = options.visitorCategories.map((c) => c.visitorCategoryId);
  const missingCategory = firstMissing(categoryIds, (await findVisitorCategories(tx, categoryIds)).map((c) => c.id));
  if (missingCategory >= 0) throw visitorCategoryNotFound(`body.visitorCategories.${missingCategory}.visitorCategoryId`);
  const events = await findEventsForService(tx, options.eventIds);
  const missingEvent = firstMissing(options.eventIds, events.map((e) => e.id));
  if (missingEvent >= 0) throw eventNotFound(`body.eventIds.${missingEvent}`);
  const byId = new Map(events.map((event) => [event.id, event]));
  refuseFirst(serviceEventErrors(state, options.eventIds.flatMap((id) => byId.get(id) ?? [])));
}

/** Replaces the options given (the others stay as they are). */
export async function writeServiceOptions(tx: Db, serviceId: string, options: Partial<ServiceOptions>): Promise<void> {
  if (options.visitObjects) await replaceServiceVisitObjects(tx, serviceId, options.visitObjects);
  if (options.visitorCategories) await replaceServiceVisitorCategories(tx, serviceId, options.visitorCategories);
  if (options.prices) await replaceServicePrices(tx, serviceId, options.prices);
  if (options.eventIds) await replaceServiceEvents(tx, serviceId, options.eventIds);
}

/** The service's options as they are stored, in the shape of a request. */
export async function currentServiceOptions(tx: Db, serviceId: string): Promise<ServiceOptions> {
  return {
    visitObjects: (await serviceVisitObjectsOf(tx, serviceId)).map((o) => ({ visitObjectId: o.id, isRequire: o.isRequire })),
    visitorCategories: (await serviceVisitorCategoriesOf(tx, serviceId)).map((c) => ({ visitorCategoryId: c.id, requireVisitorCount: c.requireVisitorCount })),
    prices: (await servicePricesOf(tx, serviceId)).map((p) => ({ visitObjectId: p.visitObjectId, visitorCategoryId: p.visitorCategoryId, priceMinor: p.priceMinor })),
    eventIds: (await serviceEventsOf(tx, serviceId)).map((e) => e.id),
  };
}
