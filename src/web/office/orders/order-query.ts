import { dayRange } from '../shared/day-range.ts';
import { oneOf, orderStatuses, paymentKinds, paymentStatuses } from '../shared/statuses.ts';
import type { Filters } from '../shared/use-filter-params.ts';
import type { OrderQuery } from './orders-api.ts';

export const orderFilterKeys = ['status', 'paymentStatus', 'paymentKind', 'clientId', 'bookingNumber', 'from', 'to', 'eventDate'] as const;
export type OrderFilterKey = (typeof orderFilterKeys)[number];

/** The API's query for the filters in the address (a value that is no status is dropped). */
export function orderQueryOf(filters: Filters<OrderFilterKey>): OrderQuery {
  const created = dayRange(filters.from, filters.to);
  return {
    status: oneOf(orderStatuses, filters.status),
    paymentStatus: oneOf(paymentStatuses, filters.paymentStatus),
    paymentKind: oneOf(paymentKinds, filters.paymentKind),
    clientId: filters.clientId,
    bookingNumber: filters.bookingNumber,
    createdFrom: created.from,
    createdTo: created.to,
    eventDate: filters.eventDate,
  };
}
