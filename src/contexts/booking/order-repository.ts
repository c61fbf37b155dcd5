import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { mapRow } from '../../server/db/map-row.ts';
import { queryPrepared } from '../../server/db/prepared.ts';
import type { Db } from '../../server/db/types.ts';
import type { PlannedAdmission, PlannedTicket } from './plan-tickets.ts';
import { type OrderRow, type TicketRow, orders, requestLines, ticketAdmissions, tickets } from './tables.ts';

// The SQL of orders, their tickets and the tickets' admissions.

export type NewOrder = typeof orders.$inferInsert;

/** An order as formed: its id is chosen beforehand, so everything that names it can go in the same statement. */
export type FormedOrder = Required<Pick<NewOrder, 'id' | 'requestId' | 'bookingNumber' | 'clientId' | 'status' | 'currency' | 'totalMinor' | 'paymentStatus' | 'confirmDeadline' | 'contractId' | 'createdAt' | 'updatedAt'>>;

/**
 * The order with every ticket and admission, and the writes of the same act that name it
 * (`alongside`: its status history, audit records, outbox message), in one statement
 * however many tickets: the on-sale path counts round trips, and each set travels as one
 * JSON parameter. Each part is a `with` of the order insert; PostgreSQL checks the
 * tickets' foreign keys at the end of the statement, when the order exists.
 */
export async function insertOrderWithTickets(
  db: Db,
  order: FormedOrder,
  planned: readonly PlannedTicket[],
  admissions: readonly PlannedAdmission[],
  alongside: readonly SQL[] = [],
): Promise<OrderRow> {
  const ticketRows = planned.map((t) => ({
    id: t.id, request_line_id: t.requestLineId, code: t.code, event_id: t.eventId, service_id: t.serviceId, zone_id: t.zoneId,
    seat_id: t.seatId, place_no: t.placeNo, unit_no: t.unitNo, price_minor: t.priceMinor, currency: t.currency, price_snapshot: t.priceSnapshot,
  }));
  const admissionRows = admissions.map((a) => ({ ticket_id: a.ticketId, event_id: a.eventId, seat_id: a.seatId }));
  const createdAt = order.createdAt.toISOString();
  const parts = [
    sql`new_tickets as (
      insert into tickets (id, order_id, request_line_id, code, event_id, service_id, zone_id, seat_id, place_no, unit_no, price_minor, currency, price_snapshot, created_at)
      select t.id, ${order.id}::uuid, t.request_line_id, t.code, t.event_id, t.service_id, t.zone_id, t.seat_id, t.place_no, t.unit_no,
             t.price_minor, t.currency, t.price_snapshot, ${createdAt}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(ticketRows)}::jsonb) as t(
        id uuid, request_line_id uuid, code text, event_id uuid, service_id uuid, zone_id uuid, seat_id uuid,
        place_no int, unit_no int, price_minor bigint, currency char(3), price_snapshot jsonb)
      returning id)`,
    // Joined to what this statement inserted, so the admissions never outrun their tickets.
    sql`new_admissions as (
      insert into ticket_admissions (ticket_id, event_id, seat_id)
      select a.ticket_id, a.event_id, a.seat_id
      from jsonb_to_recordset(${JSON.stringify(admissionRows)}::jsonb) as a(ticket_id uuid, event_id uuid, seat_id uuid)
      join new_tickets i on i.id = a.ticket_id)`,
    ...alongside.map((statement, index) => sql`${sql.raw(`alongside_${index}`)} as (${statement})`),
  ];
  const [row] = await queryPrepared<Record<string, unknown>>(
    db,
    sql`with ${sql.join(parts, sql`, `)}
      insert into orders (id, request_id, booking_number, client_id, status, currency, total_minor, payment_status, confirm_deadline, contract_id, created_at, updated_at)
      values (${order.id}::uuid, ${order.requestId}::uuid, ${order.bookingNumber}, ${order.clientId}::uuid, ${order.status}, ${order.currency},
              ${order.totalMinor}::bigint, ${order.paymentStatus}, ${order.confirmDeadline?.toISOString() ?? null}::timestamptz,
              ${order.contractId}::uuid, ${createdAt}::timestamptz, ${order.updatedAt.toISOString()}::timestamptz)
      returning *`,
  );
  if (!row) throw new Error('order insert returned no row');
  return mapRow(orders, row);
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
