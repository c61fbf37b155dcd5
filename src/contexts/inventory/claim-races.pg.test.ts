import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../server/db/connect.ts';
import { type Database, type Db, queryRows } from '../../server/db/types.ts';
import { AppError } from '../../shared/errors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { expireHolds, holdPlaces, holdSeats, holdUnits, listHoldUnits } from './index.ts';
import { createInventoryFixture, seatStates, statusCounts } from './test-fixtures.ts';

// Races only a real server shows: many transactions at once on a pool of connections.
// Every client runs its own transaction, as a request to the app would.

const now = new Date('2030-05-01T10:00:00Z');
const heldUntil = new Date('2030-05-01T10:30:00Z');

/** A seeded generator, so a failing race can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(next: () => number, items: readonly T[], count: number): T[] => {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
  return chosen;
};
const between = (next: () => number, min: number, max: number) => min + Math.floor(next() * (max - min + 1));

type Outcome<T> = { holdId: string; ok: true; value: T } | { holdId: string; ok: false; error: AppError };

/** Runs every client at once, each in its own transaction that stays open a moment after its claim. */
async function race<T>(pools: Database[], clients: ((tx: Db, holdId: string) => Promise<T>)[]): Promise<Outcome<T>[]> {
  return Promise.all(
    clients.map(async (claim, index): Promise<Outcome<T>> => {
      const holdId = randomUUID();
      const pool = pools[index % pools.length] as Database;
      try {
        const value = await pool.db.transaction(async (tx) => {
          const result = await claim(tx, holdId);
          // The rest of a booking (request rows, audit) keeps the locks a little longer.
          await tx.execute(sql`select pg_sleep(0.002)`);
          return result;
        });
        return { holdId, ok: true, value };
      } catch (error) {
        if (error instanceof AppError) return { holdId, ok: false, error };
        throw error; // a deadlock or any other database error fails the test
      }
    }),
  );
}

async function holdOwners(db: Db, eventIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await queryRows<{ hold_id: string; event_id: string; seat_id: string }>(
    db,
    sql`select hold_id, event_id, seat_id from event_seats where event_id = any(${sql.param([...eventIds])}::uuid[]) and status = 'held'`,
  );
  const owners = new Map<string, string[]>();
  for (const row of rows) owners.set(row.hold_id, [...(owners.get(row.hold_id) ?? []), `${row.event_id}/${row.seat_id}`]);
  return owners;
}

describe('claims under concurrency (PostgreSQL)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  /** 200 clients, each asking 1-3 of the same 10 seats; every seat is also some client's only wish. */
  async function raceForTenSeats(pools: Database[], seed: number) {
    const f = await createInventoryFixture(database.db, { seats: 10 });
    const eventId = f.eventIds[0] as string;
    const next = random(seed);
    const wishes = [...f.seatIds.map((seatId) => [seatId]), ...Array.from({ length: 190 }, () => pick(next, f.seatIds, between(next, 1, 3)))];
    const order = pick(next, wishes, wishes.length);
    const outcomes = await race(
      pools,
      order.map((seatIds) => (tx, holdId) => holdSeats(tx, { holdId, heldUntil, now, items: [{ eventId, seatIds }] })),
    );

    const states = await seatStates(database.db, eventId);
    const owners = await holdOwners(database.db, [eventId]);
    expect(states.every((s) => s.status === 'held')).toBe(true); // total held = 10
    const winners = outcomes.flatMap((o, i) => (o.ok ? [{ holdId: o.holdId, asked: order[i] as string[] }] : []));
    expect(winners.reduce((sum, w) => sum + w.asked.length, 0)).toBe(10); // no seat in two holds
    for (const winner of winners) {
      expect(owners.get(winner.holdId)?.sort()).toEqual(winner.asked.map((seatId) => `${eventId}/${seatId}`).sort());
    }
    expect(owners.size).toBe(winners.length);
    const holderOf = new Map(states.map((s) => [s.seatId, s.holdId]));
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.ok) continue;
      expect(outcome.error.code).toBe('seats_taken');
      const taken = outcome.error.extra?.takenSeats as { eventId: string; seatId: string }[];
      expect(taken.length).toBeGreaterThan(0);
      for (const seat of taken) {
        expect(order[i]).toContain(seat.seatId);
        expect(holderOf.get(seat.seatId)).not.toBe(outcome.holdId);
        expect(holderOf.get(seat.seatId)).toBeTruthy();
      }
    }
    return outcomes.filter((o) => !o.ok).length;
  }

  it('200 clients racing for the same 10 seats: each seat held once, losers told which seats are taken', async () => {
    const losers = await raceForTenSeats([database], 1);
    expect(losers).toBeGreaterThanOrEqual(190);
  });

  it('the same race from two processes (two separate pools on one database)', async () => {
    const processA = await openPostgres(database.url as string, 10);
    const processB = await openPostgres(database.url as string, 10);
    try {
      expect(await raceForTenSeats([processA, processB], 2)).toBeGreaterThanOrEqual(190);
    } finally {
      await processA.close();
      await processB.close();
    }
  });

  it('overlapping seat sets asked in every order across two events never deadlock and never split a claim', async () => {
    const f = await createInventoryFixture(database.db, { seats: 12, events: 2 });
    const next = random(3);
    const wishes = Array.from({ length: 150 }, () => {
      const seatIds = pick(next, f.seatIds, between(next, 2, 5)); // random order: locks must not follow it
      return f.eventIds.map((eventId) => ({ eventId, seatIds: next() < 0.5 ? seatIds : [...seatIds].reverse() }));
    });
    const outcomes = await race([database], wishes.map((items) => (tx, holdId) => holdSeats(tx, { holdId, heldUntil, now, items })));
    expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.error.code === 'seats_taken')).toBe(true);
    const owners = await holdOwners(database.db, f.eventIds);
    for (const [i, outcome] of outcomes.entries()) {
      const asked = (wishes[i] ?? []).flatMap((item) => item.seatIds.map((seatId) => `${item.eventId}/${seatId}`));
      expect(owners.get(outcome.holdId)?.sort() ?? []).toEqual(outcome.ok ? asked.sort() : []);
    }
  });

  it('the last 10 places of a dance floor and the last 10 scarves go to clients whose sums fit', async () => {
    const f = await createInventoryFixture(database.db, { floorCapacity: 100, addonStock: 50 });
    const eventId = f.eventIds[0] as string;
    await database.db.execute(sql`update event_places set status = 'sold', ticket_id = gen_random_uuid() where event_id = ${eventId} and place_no <= 90`);
    await database.db.execute(sql`update service_units set status = 'sold', ticket_id = gen_random_uuid() where service_id = ${f.addonId} and unit_no <= 40`);
    const next = random(4);
    const asks = Array.from({ length: 200 }, (_, i) => (i < 5 ? 1 : between(next, 1, 3)));
    type Claim = (tx: Db, holdId: string, quantity: number) => Promise<unknown[]>;
    const claims: ['event_places' | 'service_units', Claim][] = [
      ['event_places', (tx, holdId, quantity) => holdPlaces(tx, { holdId, heldUntil, now, eventId, zoneId: f.floorId, quantity })],
      ['service_units', (tx, holdId, quantity) => holdUnits(tx, { holdId, heldUntil, now, serviceId: f.addonId, quantity })],
    ];
    for (const [table, claim] of claims) {
      const outcomes = await race([database], asks.map((quantity) => (tx, holdId) => claim(tx, holdId, quantity)));
      expect((await statusCounts(database.db, f, table)).held).toBe(10);
      let sum = 0;
      for (const [i, outcome] of outcomes.entries()) {
        const held = await listHoldUnits(database.db, outcome.holdId);
        if (outcome.ok) {
          sum += asks[i] as number;
          expect(held).toHaveLength(asks[i] as number);
        } else {
          expect(held).toEqual([]);
          expect(['places_sold_out', 'stock_sold_out']).toContain(outcome.error.code);
          expect(outcome.error.extra?.available).toBeLessThan(asks[i] as number);
        }
      }
      expect(sum).toBe(10);
    }
  });

  it('season tickets over 5 events racing single-match clients: every claim whole or nothing', async () => {
    const f = await createInventoryFixture(database.db, { seats: 20, events: 5 });
    const next = random(5);
    const wishes = Array.from({ length: 120 }, (_, i) => {
      const seatIds = pick(next, f.seatIds, between(next, 1, 2));
      return i % 2 === 0 ? f.eventIds.map((eventId) => ({ eventId, seatIds })) : [{ eventId: pick(next, f.eventIds, 1)[0] as string, seatIds }];
    });
    const outcomes = await race([database], wishes.map((items) => (tx, holdId) => holdSeats(tx, { holdId, heldUntil, now, items })));
    const owners = await holdOwners(database.db, f.eventIds);
    let seasonWinners = 0;
    for (const [i, outcome] of outcomes.entries()) {
      const items = wishes[i] ?? [];
      const asked = items.flatMap((item) => item.seatIds.map((seatId) => `${item.eventId}/${seatId}`));
      expect(owners.get(outcome.holdId)?.sort() ?? []).toEqual(outcome.ok ? asked.sort() : []);
      if (outcome.ok && items.length === 5) seasonWinners++;
    }
    expect(seasonWinners).toBeGreaterThan(0);
  });

  it('a season ticket whose seat is taken in one of its 5 events holds nothing in any of them', async () => {
    const f = await createInventoryFixture(database.db, { seats: 5, events: 5 });
    const seat = f.seatIds[2] as string;
    await database.db.transaction((tx) =>
      holdSeats(tx, { holdId: randomUUID(), heldUntil, now, items: [{ eventId: f.eventIds[3] as string, seatIds: [seat] }] }),
    );
    const [outcome] = await race([database], [(tx, holdId) => holdSeats(tx, { holdId, heldUntil, now, items: f.eventIds.map((eventId) => ({ eventId, seatIds: [seat] })) })]);
    expect(outcome?.ok).toBe(false);
    if (outcome?.ok === false) expect(outcome.error.extra?.takenSeats).toEqual([{ eventId: f.eventIds[3], seatId: seat }]);
    expect((await statusCounts(database.db, f, 'event_seats')).held).toBe(1);
  });

  it('expired holds go to whoever claims them first, and concurrent expiry runs free all the rest', async () => {
    const f = await createInventoryFixture(database.db, { seats: 62 });
    const eventId = f.eventIds[0] as string;
    const before = new Date('2030-05-01T09:00:00Z');
    const expired: string[] = [];
    for (let i = 0; i < 30; i++) {
      const holdId = randomUUID();
      expired.push(holdId);
      const seatIds = f.seatIds.slice(i * 2, i * 2 + 2);
      await holdSeats(database.db, { holdId, now: before, heldUntil: new Date(before.getTime() + 30 * 60_000), items: [{ eventId, seatIds }] });
    }
    const running = randomUUID();
    await holdSeats(database.db, { holdId: running, now, heldUntil, items: [{ eventId, seatIds: f.seatIds.slice(60) }] });

    // Clients take the seats of the first 10 expired holds while 4 workers run the expiry job.
    const claimers = race([database], expired.slice(0, 10).map((_, i) => (tx, holdId) =>
      holdSeats(tx, { holdId, now, heldUntil, items: [{ eventId, seatIds: f.seatIds.slice(i * 2, i * 2 + 2) }] })));
    const workers = Array.from({ length: 4 }, async () => {
      const seen: string[] = [];
      for (;;) {
        const ids = await expireHolds(database.db, now, 3);
        if (ids.length === 0) return seen;
        seen.push(...ids);
      }
    });
    const [claimed, ...reports] = await Promise.all([claimers, ...workers]);
    expect(claimed.every((o) => o.ok)).toBe(true); // an expired hold never stands in a claimer's way
    const reported = reports.flat();
    expect(reported.every((id) => expired.includes(id))).toBe(true);
    expect(reported).not.toContain(running);
    // Every expired hold whose seats nobody took was reported, and its seats are free now.
    const states = await seatStates(database.db, eventId);
    expect(states.slice(20, 60).every((s) => s.status === 'free')).toBe(true);
    for (const id of expired.slice(10)) expect(reported).toContain(id);
    expect(states.slice(60).every((s) => s.holdId === running)).toBe(true);
    for (const id of expired) expect(await listHoldUnits(database.db, id)).toEqual([]);
  });
});
