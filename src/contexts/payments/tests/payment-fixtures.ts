import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Db } from '../../../server/db/types.ts';
import type { LoggedIn } from '../../../test/login.ts';
import { demoMatches, freeSeats } from '../../booking/tests/booking-fixtures.ts';
import { checkLedger } from '../index.ts';

// Orders to pay, card numbers to link, and the calls payments' tests make.

export type Method = 'GET' | 'POST';

/** Calls the API as a logged-in user (or anonymously) with a JSON body. */
export function call(app: FastifyInstance, method: Method, url: string, session: LoggedIn | null, payload?: unknown) {
  return app.inject({ method, url: `/api${url}`, headers: session?.headers ?? {}, ...(payload === undefined ? {} : { payload: payload as object }) });
}

export interface ConfirmedOrder {
  id: string;
  bookingNumber: string;
  totalMinor: number;
  ticketPrices: number[];
}

/**
 * An order as a client gets it through booking: a request for `seats` seats of the demo's
 * first match (processed at once, or by `operator` when the rules leave it to staff),
 * confirmed by the client: `processed`, unpaid.
 * `confirm: false` leaves it `formed`.
 */
export async function orderOf(
  app: FastifyInstance,
  db: Db,
  client: LoggedIn,
  options: { seats?: number; zone?: string; confirm?: boolean; operator?: LoggedIn } = {},
): Promise<ConfirmedOrder> {
  const [match] = await demoMatches(db);
  if (!match) throw new Error('the demo has no match');
  const seatIds = await freeSeats(db, [match.id], options.zone ?? 'A101', options.seats ?? 1);
  const submitted = await call(app, 'POST', '/requests', client, { lines: [{ eventId: match.id, seatIds }] });
  expect(submitted.statusCode, submitted.body).toBe(201);
  let order = submitted.json().order as { id: string; bookingNumber: string; totalMinor: number } | null;
  if (!order && options.operator) {
    // A request the automatic rules leave to staff (a contract's): the operator processes it.
    const processed = await call(app, 'POST', `/staff/requests/${submitted.json().id}/process`, options.operator, {});
    expect(processed.statusCode, processed.body).toBe(200);
    order = processed.json().order;
  }
  if (!order) throw new Error(`request ${submitted.json().bookingNumber} was not processed at once`);
  if (options.confirm !== false) {
    const confirmed = await call(app, 'POST', `/orders/${order.id}/confirm`, client);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
  }
  const detail = await call(app, 'GET', `/my/orders/${order.id}`, client);
  const tickets = detail.json().tickets as { priceMinor: number }[];
  return { id: order.id, bookingNumber: order.bookingNumber, totalMinor: order.totalMinor, ticketPrices: tickets.map((ticket) => ticket.priceMinor) };
}

let cards = 0;

/** A Luhn-valid 16-digit card number, different on every call, grouped as people type it. */
export function newCardNumber(): string {
  cards += 1;
  const body = `2200${String(process.pid % 10_000).padStart(4, '0')}${String(cards).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  const digits = `${body}${(10 - (sum % 10)) % 10}`;
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

export const key = () => randomUUID();

/** The ledger check holds: every transaction balances, every balance and paid amount matches. */
export async function expectLedgerHolds(db: Db): Promise<void> {
  const report = await checkLedger(db);
  expect(report, JSON.stringify(report)).toMatchObject({ ok: true });
}
