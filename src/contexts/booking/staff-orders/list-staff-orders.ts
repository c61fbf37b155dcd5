import type { Db } from '../../../server/db/types.ts';
import { normaliseBookingNumber } from '../booking-number.ts';
import { orderStatuses } from '../tables.ts';
import { toOrderSummary } from '../views/to-view.ts';
import type { StaffOrderPage, StaffOrderQuery } from './contracts.ts';
import { countStaffOrdersByStatus, listStaffOrders as listRows } from './staff-order-repository.ts';

const instantOf = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

/** A page of orders under the staff's filters, newest first, with the count of each status (whatever the status filter). */
export async function listStaffOrders(db: Db, query: StaffOrderQuery): Promise<StaffOrderPage> {
  const { limit, offset, bookingNumber, createdFrom, createdTo, ...rest } = query;
  const filter = {
    ...rest,
    bookingNumber: bookingNumber === undefined ? undefined : normaliseBookingNumber(bookingNumber),
    createdFrom: instantOf(createdFrom),
    createdTo: instantOf(createdTo),
  };
  const rows = await listRows(db, filter, { limit, offset });
  const counts = await countStaffOrdersByStatus(db, filter);
  const countsByStatus = Object.fromEntries(orderStatuses.map((status) => [status, counts.get(status) ?? 0])) as StaffOrderPage['countsByStatus'];
  const total = query.status ? countsByStatus[query.status] : Object.values(countsByStatus).reduce((a, b) => a + b, 0);
  return {
    items: rows.map(({ order, ticketCount }) => ({ ...toOrderSummary(order), clientId: order.clientId, contractId: order.contractId, ticketCount: Number(ticketCount) })),
    total,
    limit,
    offset,
    countsByStatus,
  };
}
