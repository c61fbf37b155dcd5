import { type AppError, badRequest, unprocessable } from '../../shared/errors.ts';
import type { ServiceKind } from './tables.ts';

// What makes a service coherent (seed 002), as pure checks of the service as it
// would be stored. A flag combination that could never be ordered is refused when
// the manager sets it, with the field at fault, rather than at the client's order.

export interface ServiceDraft {
  kind: ServiceKind;
  isEditable: boolean;
  isDisableEditVisitObject: boolean;
  isDisableEditVisitor: boolean;
  isUseOneCategory: boolean;
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
  visitObjects: readonly { visitObjectId: string; isRequire: boolean }[];
  visitorCategories: readonly { visitorCategoryId: string; requireVisitorCount: number | null }[];
  prices: readonly { visitObjectId: string | null; visitorCategoryId: string | null }[];
  eventIds: readonly string[];
}

export const packageKinds: readonly ServiceKind[] = ['bundle', 'season_ticket'];
const eventSellingKinds: readonly ServiceKind[] = ['event_ticket', 'bundle', 'season_ticket'];

function duplicateIndex(keys: readonly string[]): number {
  return keys.findIndex((key, index) => keys.indexOf(key) !== index);
}

function dateErrors(d: ServiceDraft): AppError[] {
  const errors: AppError[] = [];
  if (d.activeKindId === 3 && (!d.dtBegin || !d.dtEnd)) {
    errors.push(unprocessable('visit_period_required', 'ActiveKindId 3 needs the visit period: dtBegin and dtEnd.', { field: d.dtBegin ? 'body.dateRules.dtEnd' : 'body.dateRules.dtBegin' }));
  }
  if (d.dtBegin && d.dtEnd && d.dtEnd <= d.dtBegin) {
    errors.push(badRequest('visit_period_invalid', 'dtEnd comes after dtBegin.', { field: 'body.dateRules.dtEnd' }));
  }
  if (d.activeKindId !== 3 && d.isEditable && d.activeDays === null) {
    errors.push(unprocessable('active_days_required', `ActiveKindId ${d.activeKindId} needs activeDays: how many days a ticket stays valid.`, { field: 'body.dateRules.activeDays' }));
  }
  if (d.salesOpenAt && d.salesCloseAt && d.salesCloseAt <= d.salesOpenAt) {
    errors.push(badRequest('sales_window_invalid', 'Sales close after they open.', { field: 'body.salesCloseAt' }));
  }
  return errors;
}

function kindErrors(d: ServiceDraft): AppError[] {
  const errors: AppError[] = [];
  if (d.stock !== null && d.kind !== 'addon_good') {
    errors.push(unprocessable('stock_only_for_addon_goods', 'Only add-on goods have a stock.', { field: 'body.stock' }));
  }
  if ((d.passVisits !== null || d.passDays !== null) && d.kind !== 'facility_pass') {
    errors.push(unprocessable('pass_terms_only_for_facility_passes', 'Only facility passes give visits or days.', { field: d.passVisits !== null ? 'body.passVisits' : 'body.passDays' }));
  }
  if (d.groupMin !== null && d.groupMax !== null && d.groupMin > d.groupMax) {
    errors.push(badRequest('group_size_invalid', 'groupMin is at most groupMax.', { field: 'body.groupMax' }));
  }
  if (d.eventIds.length > 0 && !eventSellingKinds.includes(d.kind)) {
    errors.push(unprocessable('events_only_for_event_services', 'Only event tickets, bundles and season tickets list events.', { field: 'body.eventIds' }));
  }
  const repeatedEvent = duplicateIndex(d.eventIds);
  if (repeatedEvent >= 0) errors.push(badRequest('event_duplicate', 'An event is listed twice.', { field: `body.eventIds.${repeatedEvent}` }));
  return errors;
}

function optionErrors(d: ServiceDraft): AppError[] {
  const errors: AppError[] = [];
  const objectIds = d.visitObjects.map((o) => o.visitObjectId);
  const categoryIds = d.visitorCategories.map((c) => c.visitorCategoryId);
  const repeatedObject = duplicateIndex(objectIds);
  if (repeatedObject >= 0) errors.push(badRequest('visit_object_duplicate', 'A visit object is listed twice.', { field: `body.visitObjects.${repeatedObject}.visitObjectId` }));
  const repeatedCategory = duplicateIndex(categoryIds);
  if (repeatedCategory >= 0) errors.push(badRequest('visitor_category_duplicate', 'A visitor category is listed twice.', { field: `body.visitorCategories.${repeatedCategory}.visitorCategoryId` }));
  // IsDisableEditVisitObject: a line holds exactly the IsRequire objects, so there must be one.
  if (d.isDisableEditVisitObject && d.visitObjects.length > 0 && !d.visitObjects.some((o) => o.isRequire)) {
    errors.push(unprocessable('required_visit_object_missing', 'IsDisableEditVisitObject: mark at least one visit object IsRequire, or nothing could be ordered.', { field: 'body.visitObjects' }));
  }
  const fixedCategories = d.visitorCategories.filter((c) => c.requireVisitorCount !== null);
  if (d.isDisableEditVisitor && d.visitorCategories.length > 0 && fixedCategories.length === 0) {
    errors.push(unprocessable('required_visitor_count_missing', 'IsDisableEditVisitor: give at least one category a RequireVisitorCount, or nothing could be ordered.', { field: 'body.visitorCategories' }));
  }
  if (d.isDisableEditVisitor && d.isUseOneCategory && fixedCategories.length > 1) {
    errors.push(unprocessable('one_category_conflict', 'IsUseOneCategory with IsDisableEditVisitor: only one category may have a RequireVisitorCount.', { field: 'body.visitorCategories' }));
  }
  d.prices.forEach((row, index) => {
    if (row.visitObjectId !== null && !objectIds.includes(row.visitObjectId)) {
      errors.push(unprocessable('price_visit_object_not_offered', 'This visit object is not offered by the service.', { field: `body.prices.${index}.visitObjectId` }));
    }
    if (row.visitorCategoryId !== null && !categoryIds.includes(row.visitorCategoryId)) {
      errors.push(unprocessable('price_visitor_category_not_offered', 'This visitor category is not offered by the service.', { field: `body.prices.${index}.visitorCategoryId` }));
    }
  });
  const repeatedRow = duplicateIndex(d.prices.map((row) => `${row.visitObjectId ?? '-'}/${row.visitorCategoryId ?? '-'}`));
  if (repeatedRow >= 0) errors.push(badRequest('price_row_duplicate', 'The price table has this object and category twice.', { field: `body.prices.${repeatedRow}` }));
  return errors;
}

/** Every rule the service breaks, in the order a person would fix them. */
export function serviceErrors(draft: ServiceDraft): AppError[] {
  return [...dateErrors(draft), ...kindErrors(draft), ...optionErrors(draft)];
}

/**
 * A bundle or season ticket admits to the same seat in each of its events, so they
 * share one hall; every listed event belongs to the service's venue and is scheduled.
 */
export function serviceEventErrors(
  service: { kind: ServiceKind; venueId: string },
  events: readonly { id: string; venueId: string; hallId: string; status: string }[],
): AppError[] {
  const errors: AppError[] = [];
  events.forEach((event, index) => {
    if (event.venueId !== service.venueId) errors.push(unprocessable('event_not_in_venue', 'This event is at another venue.', { field: `body.eventIds.${index}` }));
    else if (event.status !== 'scheduled') errors.push(unprocessable('event_cancelled', 'This event is cancelled.', { field: `body.eventIds.${index}` }));
  });
  const firstHall = events[0]?.hallId;
  const otherHall = events.findIndex((event) => event.hallId !== firstHall);
  if (packageKinds.includes(service.kind) && otherHall >= 0) {
    errors.push(unprocessable('package_events_in_one_hall', 'A bundle or season ticket keeps one seat for all its events: they must share a hall.', { field: `body.eventIds.${otherHall}` }));
  }
  return errors;
}
