import type { Db } from '../../../server/db/types.ts';
import type { ServiceDetail, ServiceSummary } from '../contracts/services.ts';
import { isoOf } from '../shared/instants.ts';
import { serviceNotFound } from '../shared/not-found.ts';
import {
  countFreeUnits,
  findService,
  serviceEventsOf,
  servicePricesOf,
  serviceVisitObjectsOf,
  serviceVisitorCategoriesOf,
  type ServiceWithCurrency,
} from './service-repository.ts';

export function toServiceSummary(row: ServiceWithCurrency): ServiceSummary {
  return {
    id: row.id,
    venueId: row.venueId,
    kind: row.kind,
    name: row.name,
    nameEn: row.nameEn,
    description: row.description,
    isEditable: row.isEditable,
    isActive: row.isActive,
    baseCostMinor: row.baseCostMinor,
    currency: row.currency,
    salesOpenAt: isoOf(row.salesOpenAt),
    salesCloseAt: isoOf(row.salesCloseAt),
  };
}

/** A service with every option a buyer needs to order it; 404 service_not_found if unknown. */
export async function loadServiceDetail(db: Db, serviceId: string, now: Date): Promise<ServiceDetail> {
  const service = await findService(db, serviceId);
  if (!service) throw serviceNotFound();
  const visitObjects = await serviceVisitObjectsOf(db, serviceId);
  const visitorCategories = await serviceVisitorCategoriesOf(db, serviceId);
  const prices = await servicePricesOf(db, serviceId);
  const events = await serviceEventsOf(db, serviceId);
  const counted = service.kind === 'addon_good' && service.stock !== null;
  return {
    ...toServiceSummary(service),
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
    dateRules: { activeKindId: service.activeKindId, activeDays: service.activeDays, dtBegin: isoOf(service.dtBegin), dtEnd: isoOf(service.dtEnd) },
    stock: service.stock,
    stockLeft: counted ? await countFreeUnits(db, serviceId, now) : null,
    passVisits: service.passVisits,
    passDays: service.passDays,
    groupMin: service.groupMin,
    groupMax: service.groupMax,
    visitObjects,
    visitorCategories,
    prices,
    events: events.map((event) => ({ ...event, startsAt: event.startsAt.toISOString(), endsAt: event.endsAt.toISOString() })),
  };
}
