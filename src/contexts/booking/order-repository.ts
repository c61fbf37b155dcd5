import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/types.ts';
import type { PlannedAdmission, PlannedTicket } from './plan-tickets.ts';
import { type OrderRow, type TicketRow, orders, requestLines, ticketAdmissions, tickets } from './tables.ts';

// The SQL of orders, their tickets and the tickets' admissions.

export type NewOrder = typeof orders.$inferInsert;

export async function insertOrder(db: Db, row: NewOrder): Promise<OrderRow> {
  const [inserted] = await db.insert(orders).values(row).returning();
  if (!inserted) throw new Error('order insert returned no row');
  return inserted;
}

/**
 * Every ticket and admission of an order in one statement, whatever their number (the
 * on-sale path counts round trips): each set travels as one JSON parameter.
 */
export async function insertTickets(db: Db, orderId: string, at: Date, planned: readonly PlannedTicket[], admissions: readonly PlannedAdmission[]) {
  if (planned.length === 0) return;
  const ticketRows = planned.map((t) => ({
    id: t.id, request_line_id: t.requestLineId, code: t.code, event_id: t.eventId, service_id: t.serviceId, zone_id: t.zoneId,
    seat_id: t.seatId, place_no: t.placeNo, unit_no: t.unitNo, price_minor: t.priceMinor, currency: t.currency, price_snapshot: t.priceSnapshot,
  }));
  const admissionRows = admissions.map((a) => ({ ticket_id: a.ticketId, event_id: a.eventId, seat_id: a.seatId }));
  await db.execute(sql`
    with inserted as (
      insert into tickets (id, order_id, request_line_id, code, event_id, service_id, zone_id, seat_id, place_no, unit_no, price_minor, currency, price_snapshot, created_at)
      select t.id, ${orderId}::uuid, t.request_line_id, t.code, t.event_id, t.service_id, t.zone_id, t.seat_id, t.place_no, t.unit_no,
             t.price_minor, t.currency, t.price_snapshot, ${at.toISOString()}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(ticketRows)}::jsonb) as t(
        id uuid, request_line_id uuid, code text, event_id uuid, service_id uuid, zone_id uuid, seat_id uuid,
        place_no int, unit_no int, price_minor bigint, currency char(3), price_snapshot jsonb)
      returning id
    )
    insert into ticket_admissions (ticket_id, event_id, seat_id)
    select a.ticket_id, a.event_id, a.seat_id
    from jsonb_to_recordset(${JSON.stringify(admissionRows)}::jsonb) as a(ticket_id uuid, event_id uuid, seat_id uuid)
    -- Joined to what this statement inserted, so the admissions never outrun their tickets.
    join inserted i on i.id = a.ticket_id`);
}

export async function findOrder(db: Db, id: string): Promise<OrderRow | null> {
  const [row] = await db.select().from(orders).where(eq(orders.id, id));
  return row ?? null;
}

export async function findOrderOfRequest(db: Db, requestId: string): Promise<OrderRow | null> {
  const [row] = await db.select().from(orders).where(eq(orders.requestId, requestId));
  return row ?? null;
}

/** The order, locked until the transaction ends. */
export async function lockOrder(db: Db, id: string): Promise<OrderRow | null> {
  const [row] = await db.select().from(orders).where(eq(orders.id, id)).for('update');
  return row ?? null;
}

export async function lockOrderByBookingNumber(db: Db, bookingNumber: string): Promise<OrderRow | null> {
  const [row] = await db.select().from(orders).where(eq(orders.bookingNumber, bookingNumber)).for('update');
  return row ?? null;
}

export async function updateOrder(db: Db, id: string, patch: Partial<NewOrder>): Promise<OrderRow> {
  const [row] = await db.update(orders).set(patch).where(eq(orders.id, id)).returning();
  if (!row) throw new Error(`order ${id} vanished while locked`);
  return row;
}

/** The tickets of orders in the order of their lines, and within a line as the client chose the seats. */
export async function ticketsOf(db: Db, orderIds: readonly string[]): Promise<TicketRow[]> {
  if (orderIds.length === 0) return [];
  const rows = await db
    .select({ ticket: tickets })
    .from(tickets)
    .leftJoin(requestLines, eq(requestLines.id, tickets.requestLineId))
    .where(inArray(tickets.orderId, [...orderIds]))
    .orderBy(
      asc(tickets.createdAt),
      asc(requestLines.lineNo),
      sql`array_position(${requestLines.seatIds}, ${tickets.seatId})`,
      asc(tickets.placeNo),
      asc(tickets.unitNo),
    );
  return rows.map((row) => row.ticket);
}

export async function admissionsOf(db: Db, ticketIds: readonly string[]) {
  if (ticketIds.length === 0) return [];
  return db.select().from(ticketAdmissions).where(inArray(ticketAdmissions.ticketId, [...ticketIds])).orderBy(asc(ticketAdmissions.id));
}

/** Cancels the order's tickets that are still valid; says which. */
export async function cancelTicketsOf(db: Db, orderId: string): Promise<string[]> {
  const rows = await db
    .update(tickets)
    .set({ status: 'cancelled' })
    .where(and(eq(tickets.orderId, orderId), eq(tickets.status, 'active')))
    .returning({ id: tickets.id });
  return rows.map((row) => row.id);
}

/** Formed orders past their confirmation deadline, locked; others' locked rows are skipped. */
export async function claimUnconfirmedOrders(db: Db, now: Date, limit: number): Promise<OrderRow[]> {
  return db
    .select()
    .from(orders)
    .where(and(eq(orders.status, 'formed'), sql`${orders.confirmDeadline} < ${now.toISOString()}::timestamptz`))
    .orderBy(asc(orders.confirmDeadline))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** Formed orders whose deadline is near and who were not yet reminded, locked; others' locked rows are skipped. */
export async function claimOrdersToRemind(db: Db, now: Date, remindBefore: Date, limit: number): Promise<OrderRow[]> {
  return db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.status, 'formed'),
        isNull(orders.remindedAt),
        sql`${orders.confirmDeadline} between ${now.toISOString()}::timestamptz and ${remindBefore.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(orders.confirmDeadline))
    .limit(limit)
    .for('update', { skipLocked: true });
}
