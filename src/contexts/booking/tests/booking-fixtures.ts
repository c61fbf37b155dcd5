import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { type Db, queryRows } from '../../../server/db/types.ts';
import type { AppDeps } from '../../../server/deps.ts';

// Reads of the demo catalog and of inventory for booking's tests: which match, which
// seats, and what state a seat is in now (what a seat map would show).

export interface DemoEvent {
  id: string;
  title: string;
}

/** The stadium's matches, soonest first. */
export async function demoMatches(db: Db): Promise<DemoEvent[]> {
  return queryRows<DemoEvent>(db, sql`select id, title from events where kind = 'match' order by starts_at`);
}

export async function demoConcert(db: Db): Promise<DemoEvent & { floorZoneId: string }> {
  const [row] = await queryRows<DemoEvent & { floorZoneId: string }>(
    db,
    sql`select e.id, e.title, z.id as "floorZoneId" from events e
        join zones z on z.hall_id = e.hall_id and z.kind = 'general_admission'
        where e.kind = 'concert' order by e.starts_at limit 1`,
  );
  if (!row) throw new Error('the demo has no concert');
  return row;
}

export async function demoService(db: Db, kind: string, nameLike = '%'): Promise<{ id: string; name: string }> {
  const [row] = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id, name from services where kind = ${kind} and name like ${nameLike} order by name limit 1`,
  );
  if (!row) throw new Error(`the demo has no ${kind} service like ${nameLike}`);
  return row;
}

/**
 * `count` seats in a row of the sector `zoneCode`, free in every given event, starting at
 * the `skip`-th free one: tests in one file take different seats by taking different skips.
 */
export async function freeSeats(db: Db, eventIds: readonly string[], zoneCode: string, count: number, skip = 0): Promise<string[]> {
  const rows = await queryRows<{ seat_id: string }>(
    db,
    sql`select s.id as seat_id from seats s join zones z on z.id = s.zone_id
        where z.code = ${zoneCode}
          and not exists (
            select 1 from event_seats es
            where es.seat_id = s.id and es.event_id = any(${sql.param([...eventIds])}::uuid[]) and es.status <> 'free')
        order by s.ordinal offset ${skip} limit ${count}`,
  );
  expect(rows).toHaveLength(count);
  return rows.map((row) => row.seat_id);
}

export interface SeatState {
  status: string;
  holdId: string | null;
  heldUntil: string | null;
}

/** What inventory says of each seat of an event (as the seat map reads it). */
export async function seatStates(db: Db, eventId: string, seatIds: readonly string[]): Promise<Map<string, SeatState>> {
  const rows = await queryRows<{ seat_id: string; status: string; hold_id: string | null; held_until: string | null }>(
    db,
    sql`select seat_id, status, hold_id, held_until::text as held_until from event_seats
        where event_id = ${eventId} and seat_id = any(${sql.param([...seatIds])}::uuid[])`,
  );
  return new Map(rows.map((row) => [row.seat_id, { status: row.status, holdId: row.hold_id, heldUntil: row.held_until }]));
}

/** Whether a seat is on sale for a new buyer now: free, or held past its deadline. */
export async function seatsOnSale(db: Db, eventId: string, seatIds: readonly string[], now: Date): Promise<boolean[]> {
  const states = await seatStates(db, eventId, seatIds);
  return seatIds.map((seatId) => {
    const state = states.get(seatId);
    return state?.status === 'free' || (state?.status === 'held' && state.heldUntil !== null && new Date(state.heldUntil) < now);
  });
}

/** The outbox messages about a booking, oldest first. */
export async function messagesAbout(db: Db, bookingNumber: string): Promise<{ topic: string; data: Record<string, unknown> }[]> {
  return queryRows(db, sql`select topic, data from outbox_messages where booking_number = ${bookingNumber} order by created_at, id`);
}

/** POST with a logged-in user's headers and a JSON body. */
export function post(app: FastifyInstance, url: string, headers: Record<string, string>, payload?: unknown) {
  return app.inject({ method: 'POST', url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
}

/**
 * Loads the catalog demo into this test's database if the template lacks it. The demo
 * template has it now (src/server/demo.ts), so this only checks; kept for older callers.
 */
export async function ensureCatalogDemo(deps: AppDeps): Promise<void> {
  const [row] = await queryRows<{ loaded: boolean }>(deps.database.db, sql`select exists (select 1 from events where kind = 'match') as loaded`);
  if (!row?.loaded) throw new Error('the demo template has no catalog demo: is catalogDemoSeeder in src/server/demo.ts?');
}
