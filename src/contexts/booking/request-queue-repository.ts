import { and, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/types.ts';
import { type OrderRow, orders, type RequestRow, requests, type RequestStatus } from './tables.ts';

// Lists of requests and orders: the operator's queue and a client's own lists.

export interface RequestFilter {
  status?: RequestStatus | undefined;
  clientId?: string | undefined;
  bookingNumber?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

function conditions(filter: RequestFilter, withStatus: boolean): SQL | undefined {
  return and(
    withStatus && filter.status ? eq(requests.status, filter.status) : undefined,
    filter.clientId ? eq(requests.clientId, filter.clientId) : undefined,
    filter.bookingNumber ? eq(requests.bookingNumber, filter.bookingNumber) : undefined,
    filter.from ? gte(requests.createdAt, filter.from) : undefined,
    filter.to ? lt(requests.createdAt, filter.to) : undefined,
  );
}

export interface RequestListItem {
  request: RequestRow;
  order: OrderRow | null;
  lineCount: number;
}

/** A page of requests, newest first, with each one's order and number of lines. */
export async function listRequests(db: Db, filter: RequestFilter, page: { limit: number; offset: number }): Promise<RequestListItem[]> {
  const rows = await db
    .select({
      request: requests,
      order: orders,
      lineCount: sql<number>`(select count(*) from request_lines l where l.request_id = ${requests.id})::int`,
    })
    .from(requests)
    .leftJoin(orders, eq(orders.requestId, requests.id))
    .where(conditions(filter, true))
    .orderBy(desc(requests.createdAt), desc(requests.id))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map((row) => ({ request: row.request, order: row.order, lineCount: Number(row.lineCount) }));
}

/** How many requests match each status, under the other filters (the queue's tabs). */
export async function countRequestsByStatus(db: Db, filter: RequestFilter): Promise<Map<RequestStatus, number>> {
  const rows = await db
    .select({ status: requests.status, n: count() })
    .from(requests)
    .where(conditions(filter, false))
    .groupBy(requests.status);
  return new Map(rows.map((row) => [row.status, Number(row.n)]));
}

/** A page of a client's orders, newest first, and how many there are. */
export async function listClientOrders(db: Db, clientId: string, page: { limit: number; offset: number }): Promise<{ items: OrderRow[]; total: number }> {
  const items = await db
    .select()
    .from(orders)
    .where(eq(orders.clientId, clientId))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(orders).where(eq(orders.clientId, clientId));
  return { items, total: Number(total?.n ?? 0) };
}
