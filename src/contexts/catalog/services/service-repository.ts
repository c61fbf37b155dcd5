import { and, asc, count, eq, inArray, lt, or } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { serviceUnits } from '../../inventory/index.ts';
import type { ServiceListQuery } from '../contracts/services.ts';
import { events, serviceEvents, servicePrices, services, serviceVisitObjects, serviceVisitorCategories, venues, visitObjects, visitorCategories } from '../tables.ts';

// SQL for services and their seed-002 options (visit objects and categories themselves: option-repository.ts).

export type ServiceRow = typeof services.$inferSelect;
export type ServiceWithCurrency = ServiceRow & { currency: string; venueName: string; venueTimeZone: string };

export async function insertService(db: Db, values: typeof services.$inferInsert): Promise<ServiceRow> {
  const [row] = await db.insert(services).values(values).returning();
  if (!row) throw new Error('service insert returned no row');
  return row;
}

export async function updateServiceRow(db: Db, id: string, patch: Partial<typeof services.$inferInsert>): Promise<void> {
  if (Object.keys(patch).length > 0) await db.update(services).set(patch).where(eq(services.id, id));
}

/** The service with its venue's currency and time zone; `forUpdate` locks the service row only. */
export async function findService(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<ServiceWithCurrency | undefined> {
  const query = db
    .select({ service: services, currency: venues.currency, venueName: venues.name, venueTimeZone: venues.timeZone })
    .from(services)
    .innerJoin(venues, eq(venues.id, services.venueId))
    .where(eq(services.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: services }) : await query;
  return row ? { ...row.service, currency: row.currency, venueName: row.venueName, venueTimeZone: row.venueTimeZone } : undefined;
}

/** A page of active services, by venue and name. */
export async function listServiceRows(db: Db, query: ServiceListQuery): Promise<{ rows: ServiceWithCurrency[]; total: number }> {
  const where = and(
    eq(services.isActive, true),
    query.venueId ? eq(services.venueId, query.venueId) : undefined,
    query.kind ? eq(services.kind, query.kind) : undefined,
  );
  const rows = await db
    .select({ service: services, currency: venues.currency, venueName: venues.name, venueTimeZone: venues.timeZone })
    .from(services)
    .innerJoin(venues, eq(venues.id, services.venueId))
    .where(where)
    .orderBy(asc(venues.name), asc(services.name), asc(services.id))
    .limit(query.limit)
    .offset(query.offset);
  const [totals] = await db.select({ total: count() }).from(services).where(where);
  const withVenue = rows.map((row) => ({ ...row.service, currency: row.currency, venueName: row.venueName, venueTimeZone: row.venueTimeZone }));
  return { rows: withVenue, total: Number(totals?.total ?? 0) };
}

export async function serviceVisitObjectsOf(db: Db, serviceId: string) {
  return db
    .select({ id: visitObjects.id, name: visitObjects.name, nameEn: visitObjects.nameEn, description: visitObjects.description, isRequire: serviceVisitObjects.isRequire })
    .from(serviceVisitObjects)
    .innerJoin(visitObjects, eq(visitObjects.id, serviceVisitObjects.visitObjectId))
    .where(eq(serviceVisitObjects.serviceId, serviceId))
    .orderBy(asc(visitObjects.name), asc(visitObjects.id));
}

export async function serviceVisitorCategoriesOf(db: Db, serviceId: string) {
  return db
    .select({
      id: visitorCategories.id,
      code: visitorCategories.code,
      name: visitorCategories.name,
      nameEn: visitorCategories.nameEn,
      requireVisitorCount: serviceVisitorCategories.requireVisitorCount,
    })
    .from(serviceVisitorCategories)
    .innerJoin(visitorCategories, eq(visitorCategories.id, serviceVisitorCategories.visitorCategoryId))
    .where(eq(serviceVisitorCategories.serviceId, serviceId))
    .orderBy(asc(visitorCategories.code));
}

export async function servicePricesOf(db: Db, serviceId: string) {
  return db
    .select({ id: servicePrices.id, visitObjectId: servicePrices.visitObjectId, visitorCategoryId: servicePrices.visitorCategoryId, priceMinor: servicePrices.priceMinor })
    .from(servicePrices)
    .where(eq(servicePrices.serviceId, serviceId))
    .orderBy(asc(servicePrices.visitObjectId), asc(servicePrices.visitorCategoryId));
}

export async function serviceEventsOf(db: Db, serviceId: string) {
  return db
    .select({ id: events.id, kind: events.kind, title: events.title, hallId: events.hallId, startsAt: events.startsAt, endsAt: events.endsAt, status: events.status })
    .from(serviceEvents)
    .innerJoin(events, eq(events.id, serviceEvents.eventId))
    .where(eq(serviceEvents.serviceId, serviceId))
    .orderBy(asc(events.startsAt), asc(events.id));
}

export async function replaceServiceVisitObjects(db: Db, serviceId: string, rows: readonly { visitObjectId: string; isRequire: boolean }[]): Promise<void> {
  await db.delete(serviceVisitObjects).where(eq(serviceVisitObjects.serviceId, serviceId));
  if (rows.length > 0) await db.insert(serviceVisitObjects).values(rows.map((row) => ({ serviceId, ...row })));
}

export async function replaceServiceVisitorCategories(
  db: Db,
  serviceId: string,
  rows: readonly { visitorCategoryId: string; requireVisitorCount: number | null }[],
): Promise<void> {
  await db.delete(serviceVisitorCategories).where(eq(serviceVisitorCategories.serviceId, serviceId));
  if (rows.length > 0) await db.insert(serviceVisitorCategories).values(rows.map((row) => ({ serviceId, ...row })));
}

export async function replaceServicePrices(
  db: Db,
  serviceId: string,
  rows: readonly { visitObjectId: string | null; visitorCategoryId: string | null; priceMinor: number }[],
): Promise<void> {
  await db.delete(servicePrices).where(eq(servicePrices.serviceId, serviceId));
  if (rows.length > 0) await db.insert(servicePrices).values(rows.map((row) => ({ serviceId, ...row })));
}

export async function replaceServiceEvents(db: Db, serviceId: string, eventIds: readonly string[]): Promise<void> {
  await db.delete(serviceEvents).where(eq(serviceEvents.serviceId, serviceId));
  if (eventIds.length > 0) await db.insert(serviceEvents).values(eventIds.map((eventId) => ({ serviceId, eventId })));
}

/** Add-on goods: units free now; a hold past its deadline counts as free, before the expiry job gets to it. */
export async function countFreeUnits(db: Db, serviceId: string, now: Date): Promise<number> {
  const [row] = await db
    .select({ free: count() })
    .from(serviceUnits)
    .where(
      and(
        eq(serviceUnits.serviceId, serviceId),
        or(eq(serviceUnits.status, 'free'), and(eq(serviceUnits.status, 'held'), lt(serviceUnits.heldUntil, now))),
      ),
    );
  return Number(row?.free ?? 0);
}

export async function findEventsForService(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: events.id, venueId: events.venueId, hallId: events.hallId, status: events.status }).from(events).where(inArray(events.id, [...ids]));
}
