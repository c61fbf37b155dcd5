import type { Db } from '../../../server/db/types.ts';
import type { EventStatus, ServiceKind } from '../tables.ts';
import {
  findService,
  serviceEventsOf,
  servicePricesOf,
  serviceVisitObjectsOf,
  serviceVisitorCategoriesOf,
} from './service-repository.ts';

/**
 * Everything needed to price and sell a service line (seed 002), as it is now. The
 * flag names are seed 002's; `prices` is the price table (null object or category:
 * the less specific row), falling back to `baseCostMinor`. `eventIds` are the events
 * of a bundle, season ticket or event ticket; `stock` counts an add-on good's units.
 */
export interface ServiceForSale {
  id: string;
  venueId: string;
  venueName: string;
  venueTimeZone: string;
  kind: ServiceKind;
  name: string;
  isEditable: boolean;
  isActive: boolean;
  baseCostMinor: number;
  currency: string;
  flags: {
    isDisableEditVisitObject: boolean;
    isVisitObjectUseForCost: boolean;
    isDisableEditVisitor: boolean;
    isCategoryVisitorUseForCost: boolean;
    isVisitorCountUseForCost: boolean;
    isUseOneCategory: boolean;
    isNeedVisitDate: boolean;
    isNeedVisitTime: boolean;
  };
  /** 1: activeDays from payment; 2: activeDays from the first visit; 3: within dtBegin-dtEnd. */
  activeKindId: 1 | 2 | 3;
  activeDays: number | null;
  dtBegin: Date | null;
  dtEnd: Date | null;
  salesOpenAt: Date | null;
  salesCloseAt: Date | null;
  stock: number | null;
  passVisits: number | null;
  passDays: number | null;
  groupMin: number | null;
  groupMax: number | null;
  visitObjects: { id: string; name: string; isRequire: boolean }[];
  visitorCategories: { id: string; code: string; name: string; requireVisitorCount: number | null }[];
  prices: { id: string; visitObjectId: string | null; visitorCategoryId: string | null; priceMinor: number }[];
  events: { id: string; hallId: string; startsAt: Date; endsAt: Date; status: EventStatus }[];
  eventIds: string[];
}

/** The service with its flags, options, price table and events, or null if there is no such service. */
export async function getServiceForSale(db: Db, serviceId: string): Promise<ServiceForSale | null> {
  const service = await findService(db, serviceId);
  if (!service) return null;
  const events = await serviceEventsOf(db, serviceId);
  return {
    id: service.id,
    venueId: service.venueId,
    venueName: service.venueName,
    venueTimeZone: service.venueTimeZone,
    kind: service.kind,
    name: service.name,
    isEditable: service.isEditable,
    isActive: service.isActive,
    baseCostMinor: service.baseCostMinor,
    currency: service.currency,
    flags: {
      isDisableEditVisitObject: service.isDisableEditVisitObject,
      isVisitObjectUseForCost: service.isVisitObjectUseForCost,
      isDisableEditVisitor: service.isDisableEditVisitor,
      isCategoryVisitorUseForCost: service.isCategoryVisitorUseForCost,
      isVisitorCountUseForCost: service.isVisitorCountUseForCost,
      isUseOneCategory: service.isUseOneCategory,
      isNeedVisitDate: service.isNeedVisitDate,
      isNeedVisitTime: service.isNeedVisitTime,
    },
    activeKindId: service.activeKindId,
    activeDays: service.activeDays,
    dtBegin: service.dtBegin,
    dtEnd: service.dtEnd,
    salesOpenAt: service.salesOpenAt,
    salesCloseAt: service.salesCloseAt,
    stock: service.stock,
    passVisits: service.passVisits,
    passDays: service.passDays,
    groupMin: service.groupMin,
    groupMax: service.groupMax,
    visitObjects: (await serviceVisitObjectsOf(db, serviceId)).map(({ id, name, isRequire }) => ({ id, name, isRequire })),
    visitorCategories: (await serviceVisitorCategoriesOf(db, serviceId)).map(({ id, code, name, requireVisitorCount }) => ({ id, code, name, requireVisitorCount })),
    prices: await servicePricesOf(db, serviceId),
    events: events.map(({ id, hallId, startsAt, endsAt, status }) => ({ id, hallId, startsAt, endsAt, status })),
    eventIds: events.map((event) => event.id),
  };
}
