import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { type Db, queryRows } from '../../../server/db/types.ts';
import type { LoggedIn } from '../../../test/login.ts';

// The demo's cinema sessions and the box office's calls, for the tickets' tests.

export interface DemoSession {
  id: string;
  title: string;
  filmTitle: string;
  startsAt: string;
}

/** Film sessions of the demo cinema, soonest first. */
export async function demoSessions(db: Db): Promise<DemoSession[]> {
  return queryRows<DemoSession>(
    db,
    sql`select e.id, e.title, f.title as "filmTitle", e.starts_at::text as "startsAt"
        from events e join films f on f.id = e.film_id
        where e.kind = 'film_session' order by e.starts_at, e.id`,
  );
}

/** `count` seats of the event's hall free for it, in seat order, from the `skip`-th free one. */
export async function freeSeatsOf(db: Db, eventId: string, count: number, skip = 0): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select s.id from seats s join events e on e.hall_id = s.hall_id
        where e.id = ${eventId}
          and not exists (select 1 from event_seats es where es.seat_id = s.id and es.event_id = e.id and es.status <> 'free')
        order by s.ordinal offset ${skip} limit ${count}`,
  );
  expect(rows).toHaveLength(count);
  return rows.map((row) => row.id);
}

/** What inventory says of a seat in an event now: free, held or sold. */
export async function seatStatus(db: Db, eventId: string, seatId: string): Promise<string | undefined> {
  const [row] = await queryRows<{ status: string }>(db, sql`select status from event_seats where event_id = ${eventId} and seat_id = ${seatId}`);
  return row?.status;
}

/** When the event starts. */
export async function eventStartsAt(db: Db, eventId: string): Promise<Date> {
  const [row] = await queryRows<{ starts_at: string }>(db, sql`select starts_at::text from events where id = ${eventId}`);
  if (!row) throw new Error(`no event ${eventId}`);
  return new Date(row.starts_at);
}

/** A box-office payment (payments' endpoint), in kopecks. */
export function pay(app: FastifyInstance, cashier: LoggedIn, orderId: string, kind: string, amountMinor: number) {
  return app.inject({
    method: 'POST',
    url: `/api/staff/orders/${orderId}/payments`,
    headers: cashier.headers,
    payload: { kind, amountMinor, pointOfSale: 'Касса 1', idempotencyKey: `${orderId}-${kind}-${amountMinor}-${Math.random()}` },
  });
}

/** A staff call with a JSON body (or none). */
export function staffCall(app: FastifyInstance, who: LoggedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) {
  return app.inject({ method, url: `/api${url}`, headers: who.headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}
