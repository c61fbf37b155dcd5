import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.ts';
import { openPostgres } from '../../../server/db/connect.ts';
import { queryRows, type Database } from '../../../server/db/types.ts';
import { registerClient, type RegisteredClient } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { demoMatches, freeSeats } from './booking-fixtures.ts';

// 200 clients submit requests for the same 10 seats at once, through the whole API
// (session, pricing, hold, request, history, outbox): every seat ends held exactly
// once, and every loser is told which of its seats were taken.

const CLIENTS = 200;

async function inBatches<T>(count: number, size: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < count; start += size) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - start) }, (_, k) => make(start + k)))));
  }
  return out;
}

/** Client i asks for 1-3 consecutive seats of the 10; every seat is also someone's only seat. */
const wantOf = (seats: readonly string[], i: number): string[] =>
  Array.from({ length: 1 + (i % 3) }, (_, k) => seats[(i + k) % seats.length]!);

async function race(apps: readonly FastifyInstance[], clients: readonly RegisteredClient[], eventId: string, seats: readonly string[]) {
  const responses = await Promise.all(
    clients.map((client, i) =>
      apps[i % apps.length]!.inject({ method: 'POST', url: '/api/requests', headers: client.headers, payload: { lines: [{ eventId, seatIds: wantOf(seats, i) }] } }),
    ),
  );
  return responses.map((res, i) => ({ status: res.statusCode, body: res.json(), want: wantOf(seats, i) }));
}

async function assertRaceOutcome(database: Database, eventId: string, seats: readonly string[], results: Awaited<ReturnType<typeof race>>) {
  expect(results.filter((r) => r.status !== 201 && r.status !== 409)).toEqual([]);
  const winners = results.filter((r) => r.status === 201);
  const won = winners.flatMap((r) => r.want);
  expect(new Set(won).size).toBe(won.length); // no seat won twice
  expect(new Set(won)).toEqual(new Set(seats)); // and every seat won once

  const rows = await queryRows<{ seat_id: string; hold_id: string; booking_number: string }>(
    database.db,
    sql`select es.seat_id, es.hold_id, r.booking_number from event_seats es left join requests r on r.hold_id = es.hold_id
        where es.event_id = ${eventId} and es.seat_id = any(${sql.param([...seats])}::uuid[]) and es.status = 'held'`,
  );
  expect(rows).toHaveLength(seats.length);
  const holderOf = new Map(rows.map((row) => [row.seat_id, row.booking_number]));
  for (const winner of winners) {
    for (const seat of winner.want) expect(holderOf.get(seat)).toBe(winner.body.bookingNumber);
  }
  for (const loser of results.filter((r) => r.status === 409)) {
    expect(loser.body.code).toBe('seats_taken');
    expect(loser.body.takenSeats.length).toBeGreaterThan(0);
    for (const taken of loser.body.takenSeats as { eventId: string; seatId: string }[]) {
      expect(taken.eventId).toBe(eventId);
      expect(loser.want).toContain(taken.seatId);
      expect(holderOf.has(taken.seatId)).toBe(true);
    }
  }
  const [requests] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(distinct r.id)::int as n from requests r join request_lines l on l.request_id = r.id
        where l.event_id = ${eventId} and l.seat_ids && ${sql.param([...seats])}::uuid[]`,
  );
  expect(requests?.n).toBe(winners.length); // losers wrote nothing
}

describe('200 clients racing for the same 10 seats', () => {
  let t: TestApp;
  let clients: RegisteredClient[];
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo' });
    clients = await inBatches(CLIENTS, 8, () => registerClient(t.app));
    eventId = (await demoMatches(t.database.db)).at(-1)!.id;
  }, 300_000);
  afterAll(async () => t.close());

  it('holds each seat exactly once through one app', async () => {
    const seats = await freeSeats(t.database.db, [eventId], 'A201', 10);
    await assertRaceOutcome(t.database, eventId, seats, await race([t.app], clients, eventId, seats));
  }, 120_000);

  it('holds each seat exactly once through two apps on one database', async () => {
    if (!t.database.url) throw new Error('needs PostgreSQL');
    const database = await openPostgres(t.database.url, 20);
    const second = await buildApp({ config: t.deps.config, database, clock: t.deps.clock });
    try {
      const seats = await freeSeats(t.database.db, [eventId], 'A202', 10);
      await assertRaceOutcome(t.database, eventId, seats, await race([t.app, second.app], clients, eventId, seats));
    } finally {
      await second.app.close();
      await database.close();
    }
  }, 120_000);
});

describe('one request sent five times at once with the same idempotency key', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo' });
  });
  afterAll(async () => t.close());

  it('is made once, and every copy answers with it', async () => {
    const client = await registerClient(t.app);
    const eventId = (await demoMatches(t.database.db))[0]!.id;
    const seatIds = await freeSeats(t.database.db, [eventId], 'B201', 2);
    const payload = { lines: [{ eventId, seatIds }], idempotencyKey: 'double-click' };
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => t.app.inject({ method: 'POST', url: '/api/requests', headers: client.headers, payload })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => r.json().bookingNumber)).size).toBe(1);
    const [count] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from requests where client_id = ${client.clientId}`);
    expect(count?.n).toBe(1);
  });
});
