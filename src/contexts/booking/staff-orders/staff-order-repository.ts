import { type SQL, and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { type OrderRow, type OrderStatus, orders, ticketAdmissions, tickets } from '../tables.ts';

// The SQL of the staff order list. Two filters read other contexts' tables in a
// subquery (payments by kind, events by their local date): neither index.ts exports a
// query that composes into one paged statement, and this file is the one place to swap.

export interface StaffOrderFilter {
  status?: OrderStatus | undefined;
  paymentStatus?: OrderRow['paymentStatus'] | undefined;
  paymentKind?: string | undefined;
  clientId?: string | undefined;
  bookingNumber?: string | undefined;
  createdFrom?: Date | undefined;
  createdTo?: Date | undefined;
  /** YYYY-MM-DD on the venue's calendar. */
  eventDate?: string | undefined;
}

// Drizzle leaves a column unqualified in a one-table select list, where a subquery would
// read it as its own table's column: the orders' id is spelled out for the subqueries.
const orderId = sql.raw('"orders"."id"');

function conditions(filter: StaffOrderFilter, withStatus: boolean): SQL | undefined {
  const where: (SQL | undefined)[] = [
    withStatus && filter.status ? eq(orders.status, filter.status) : undefined,
    filter.paymentStatus ? eq(orders.paymentStatus, filter.paymentStatus) : undefined,
    filter.clientId ? eq(orders.clientId, filter.clientId) : undefined,
    filter.bookingNumber ? eq(orders.bookingNumber, filter.bookingNumber) : undefined,
    filter.createdFrom ? gte(orders.createdAt, filter.createdFrom) : undefined,
    filter.createdTo ? lt(orders.createdAt, filter.createdTo) : undefined,
    // A payment, not a refund, of that kind.
    filter.paymentKind
      ? sql`exists (select 1 from payments p where p.order_id = ${orderId} and p.kind = ${filter.paymentKind} and p.amount_minor > 0)`
      : undefined,
    filter.eventDate
      ? sql`exists (
          select 1 from ${tickets} t
          join ${ticketAdmissions} a on a.ticket_id = t.id
          join events e on e.id = a.event_id
          join venues v on v.id = e.venue_id
          where t.order_id = ${orderId} and (e.starts_at at time zone v.time_zone)::date = ${filter.eventDate}::date)`
      : undefined,
  ];
  return and(...where);
}

/** A page of orders under the filters, newest first, each with its number of tickets. */
export async function listStaffOrders(db: Db, filter: StaffOrderFilter, page: { limit: number; offset: number }) {
  return db
    .select({ order: orders, ticketCount: sql<number>`(select count(*)::int from ${tickets} t where t.order_id = ${orderId})` })
    .from(orders)
    .where(conditions(filter, true))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** How many orders of each status the other filters give (the status filter left out). */
export async function countStaffOrdersByStatus(db: Db, filter: StaffOrderFilter): Promise<Map<OrderStatus, number>> {
  const rows = await db
    .select({ status: orders.status, count: sql<number>`count(*)::int` })
    .from(orders)
    .where(conditions(filter, false))
    .groupBy(orders.status);
  return new Map(rows.map((row) => [row.status, Number(row.count)]));
}

export async function findOrderByBookingNumber(db: Db, bookingNumber: string): Promise<OrderRow | null> {
  const [row] = await db.select().from(orders).where(eq(orders.bookingNumber, bookingNumber));
  return row ?? null;
}
