import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { queryRows, type Db } from '../../../server/db/types.ts';
import { createStaffUser } from '../../identity/index.ts';
import { createEventInventory } from '../../inventory/index.ts';
import { loginAs, type LoggedIn } from '../../../test/login.ts';

// Sales written straight into the other contexts' tables, as their migrations define them:
// the reports read those tables (ADR 0008), and a fixture can put a sale on any day of
// any year, which the box office's clock-bound flow cannot.

export type PaymentKind = 'cash' | 'bank_transfer' | 'card' | 'receipt_order' | 'internal_account';

const boxOffice: Record<Exclude<PaymentKind, 'internal_account'>, string> = {
  cash: '00000000-0000-4000-8600-000000000001',
  bank_transfer: '00000000-0000-4000-8600-000000000002',
  card: '00000000-0000-4000-8600-000000000003',
  receipt_order: '00000000-0000-4000-8600-000000000004',
};

const one = async <T>(db: Db, query: ReturnType<typeof sql>): Promise<T> => (await queryRows<T>(db, query))[0]!;

export interface Cinema {
  venueId: string;
  hallId: string;
  seatIds: string[];
  danceZoneId: string;
}

/** A cinema with one hall: ten seats in a row and a standing zone of five places. */
export async function addCinema(db: Db, name: string, timeZone: string): Promise<Cinema> {
  const { id: venueId } = await one<{ id: string }>(db, sql`insert into venues (kind, name, time_zone) values ('cinema', ${name}, ${timeZone}) returning id`);
  const { id: hallId } = await one<{ id: string }>(db, sql`insert into halls (venue_id, name) values (${venueId}, 'Зал 1') returning id`);
  const { id: zoneId } = await one<{ id: string }>(db, sql`insert into zones (hall_id, code, name, kind) values (${hallId}, 'std', 'Партер', 'seated') returning id`);
  const { id: danceZoneId } = await one<{ id: string }>(db, sql`insert into zones (hall_id, code, name, kind, capacity) values (${hallId}, 'stand', 'Стоячие', 'general_admission', 5) returning id`);
  const seats = await queryRows<{ id: string }>(
    db,
    sql`insert into seats (hall_id, zone_id, row_label, seat_label, ordinal, x, y)
        select ${hallId}, ${zoneId}, '1', n::text, n, n, 0 from generate_series(1, 10) n returning id`,
  );
  return { venueId, hallId, seatIds: seats.map((s) => s.id), danceZoneId };
}

export async function addFilm(db: Db, title: string): Promise<string> {
  return (await one<{ id: string }>(db, sql`insert into films (title, base_price_minor, duration_minutes, age_rating) values (${title}, 30000, 120, 12) returning id`)).id;
}

/** A session of the film in the cinema's hall, on sale (its inventory made). */
export async function addSession(db: Db, cinema: Cinema, filmId: string, startsAt: string): Promise<string> {
  const ends = new Date(new Date(startsAt).getTime() + 120 * 60_000).toISOString();
  const { id } = await one<{ id: string }>(
    db,
    sql`insert into events (venue_id, hall_id, kind, title, film_id, starts_at, ends_at)
        select ${cinema.venueId}, ${cinema.hallId}, 'film_session', f.title, f.id, ${startsAt}::timestamptz, ${ends}::timestamptz from films f where f.id = ${filmId}
        returning id`,
  );
  await createEventInventory(db, id);
  return id;
}

export interface SaleInput {
  eventId: string;
  /** One ticket per entry: a seat, or a place of the standing zone. */
  tickets: { priceMinor: number; seatId?: string; place?: { zoneId: string; placeNo: number } }[];
  payments?: { kind: PaymentKind; amountMinor: number; at: string }[];
  /** When the tickets were handed over; null: paid (or not) and still waiting. */
  issuedAt: string | null;
  /** Tickets (by index) that came back, and when. */
  returns?: { ticket: number; at: string }[];
}

let counter = 0;

/** An order as booking, payments and inventory leave it after the payments, the issue and the returns. */
export async function addSale(db: Db, sale: SaleInput): Promise<{ orderId: string; ticketIds: string[]; holdId: string }> {
  counter += 1;
  const bookingNumber = `R${process.pid}-${counter}-${randomUUID().slice(0, 8)}`;
  const holdId = randomUUID();
  const clientId = randomUUID();
  const total = sale.tickets.reduce((sum, t) => sum + t.priceMinor, 0);
  const paid = (sale.payments ?? []).reduce((sum, p) => sum + p.amountMinor, 0);
  const { starts_at: heldUntil } = await one<{ starts_at: string }>(db, sql`select starts_at::text from events where id = ${sale.eventId}`);
  const { id: requestId } = await one<{ id: string }>(
    db,
    sql`insert into requests (booking_number, client_id, status, total_minor, hold_id, held_until) values (${bookingNumber}, ${clientId}, 'processed', ${total}, ${holdId}, ${heldUntil}::timestamptz) returning id`,
  );
  const returned = new Map((sale.returns ?? []).map((r) => [r.ticket, r.at]));
  const status = sale.issuedAt === null ? 'processed' : returned.size === sale.tickets.length ? 'returned' : 'issued';
  const { id: orderId } = await one<{ id: string }>(
    db,
    sql`insert into orders (request_id, booking_number, client_id, status, total_minor, paid_minor, payment_status)
        values (${requestId}, ${bookingNumber}, ${clientId}, ${status}, ${total}, ${paid}, ${paid >= total ? 'paid' : paid > 0 ? 'partially_paid' : 'unpaid'}) returning id`,
  );
  for (const payment of sale.payments ?? []) await addPayment(db, orderId, bookingNumber, payment);
  const ticketIds: string[] = [];
  for (const [index, ticket] of sale.tickets.entries()) {
    const returnedAt = returned.get(index) ?? null;
    const ticketStatus = returnedAt ? 'returned' : sale.issuedAt ? 'issued' : 'active';
    const { id } = await one<{ id: string }>(
      db,
      sql`insert into tickets (order_id, code, event_id, zone_id, seat_id, place_no, price_minor, price_snapshot, status, issued_at, returned_at)
          values (${orderId}, ${`${bookingNumber}-${index}`}, ${sale.eventId}, ${ticket.place?.zoneId ?? null}, ${ticket.seatId ?? null}, ${ticket.place?.placeNo ?? null},
                  ${ticket.priceMinor}, '{}'::jsonb, ${ticketStatus}, ${sale.issuedAt}::timestamptz, ${returnedAt}::timestamptz) returning id`,
    );
    ticketIds.push(id);
    await db.execute(sql`insert into ticket_admissions (ticket_id, event_id, seat_id) values (${id}, ${sale.eventId}, ${ticket.seatId ?? null})`);
    // Inventory as ADR 0007 leaves it: sold once issued, held by the order until then, free again after a return.
    const unit = returnedAt
      ? sql`status = 'free', hold_id = null, held_until = null, ticket_id = null`
      : sale.issuedAt
        ? sql`status = 'sold', hold_id = null, held_until = null, ticket_id = ${id}`
        : sql`status = 'held', hold_id = ${holdId}, held_until = ${heldUntil}::timestamptz`;
    if (ticket.seatId) await db.execute(sql`update event_seats set ${unit} where event_id = ${sale.eventId} and seat_id = ${ticket.seatId}`);
    if (ticket.place) {
      await db.execute(sql`update event_places set ${unit} where event_id = ${sale.eventId} and zone_id = ${ticket.place.zoneId} and place_no = ${ticket.place.placeNo}`);
    }
  }
  return { orderId, ticketIds, holdId };
}

async function addPayment(db: Db, orderId: string, bookingNumber: string, payment: { kind: PaymentKind; amountMinor: number; at: string }): Promise<void> {
  const kind = payment.amountMinor > 0 ? 'payment' : 'refund';
  const { id: transactionId } = await one<{ id: string }>(
    db,
    sql`insert into ledger_transactions (kind, payment_kind, order_id, booking_number, reason, actor_kind, created_at)
        values (${kind}, ${payment.kind}, ${orderId}, ${bookingNumber}, ${kind === 'refund' ? 'return' : null}, 'staff', ${payment.at}::timestamptz) returning id`,
  );
  const source = payment.kind === 'internal_account' ? await clientAccountId(db) : boxOffice[payment.kind];
  const refundOf = kind === 'refund' ? sql`(select id from payments where order_id = ${orderId} and kind = ${payment.kind} and amount_minor > 0 order by seq limit 1)` : sql`null`;
  await db.execute(
    sql`insert into payments (order_id, kind, amount_minor, source_account_id, ledger_transaction_id, refund_of, created_at)
        values (${orderId}, ${payment.kind}, ${payment.amountMinor}, ${source}, ${transactionId}, ${refundOf}, ${payment.at}::timestamptz)`,
  );
}

// Any client account will do as the source of a fixture's internal-account payment.
async function clientAccountId(db: Db): Promise<string> {
  const clientId = randomUUID();
  const { id } = await one<{ id: string }>(
    db,
    sql`insert into ledger_accounts (kind, client_id, balance_minor, floor_minor, created_at) values ('client', ${clientId}, 0, 0, now()) returning id`,
  );
  return id;
}

/** Holds a seat for a request that is not an order yet, until `heldUntil`. */
export async function holdSeat(db: Db, eventId: string, seatId: string, heldUntil: string): Promise<void> {
  await db.execute(sql`update event_seats set status = 'held', hold_id = ${randomUUID()}, held_until = ${heldUntil}::timestamptz where event_id = ${eventId} and seat_id = ${seatId}`);
}

export async function blockSeat(db: Db, eventId: string, seatId: string): Promise<void> {
  await db.execute(sql`update event_seats set status = 'blocked' where event_id = ${eventId} and seat_id = ${seatId}`);
}

/** A staff user with these roles, logged in. */
export async function staffSession(app: FastifyInstance, db: Db, login: string, roles: ('manager' | 'admin' | 'cashier' | 'operator')[]): Promise<LoggedIn> {
  const password = 'amber-falcon-2025-reports';
  await createStaffUser(db, { login, displayName: `Test ${login}`, email: null, roles, password }, { actor: { id: null, kind: 'system' }, now: new Date() });
  return loginAs(app, login, password);
}
