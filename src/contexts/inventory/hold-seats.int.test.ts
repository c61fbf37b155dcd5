import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { holdSeats, listHoldUnits, sellHold } from './index.ts';
import { appErrorOf, createInventoryFixture, type InventoryFixture, seatStates } from './test-fixtures.ts';

const now = new Date('2030-05-01T10:00:00Z');
const inHalfAnHour = new Date('2030-05-01T10:30:00Z');
const later = new Date('2030-05-01T11:00:00Z');

describe('holding seats', () => {
  let database: TestDatabase;
  let f: InventoryFixture;
  const seat = (n: number) => f.seatIds[n - 1] as string;
  const event = (n: number) => f.eventIds[n - 1] as string;
  const hold = (holdId: string, items: { eventId: string; seatIds: string[] }[], at = now) =>
    database.db.transaction((tx) => holdSeats(tx, { holdId, heldUntil: new Date(at.getTime() + 30 * 60_000), now: at, items }));

  beforeAll(async () => {
    database = await createTestDatabase();
    f = await createInventoryFixture(database.db, { seats: 30, events: 5 });
  });
  afterAll(async () => database.close());

  it('holds the chosen seats until the deadline and lists them under the hold', async () => {
    const holdId = randomUUID();
    const claimed = await hold(holdId, [{ eventId: event(1), seatIds: [seat(1), seat(2)] }]);
    expect(claimed.map((c) => c.seatId).sort()).toEqual([seat(1), seat(2)].sort());
    expect(claimed.every((c) => c.zoneId === f.sectorId)).toBe(true);
    const units = await listHoldUnits(database.db, holdId);
    expect(units).toHaveLength(2);
    expect(units.every((u) => u.status === 'held' && u.heldUntil?.getTime() === inHalfAnHour.getTime())).toBe(true);
  });

  it('refuses seats someone holds, naming only those, and leaves nothing of the failed claim held', async () => {
    const first = randomUUID();
    await hold(first, [{ eventId: event(1), seatIds: [seat(3)] }]);
    const second = randomUUID();
    const error = await appErrorOf(() => hold(second, [{ eventId: event(1), seatIds: [seat(4), seat(3), seat(5)] }]));
    expect(error).toMatchObject({ status: 409, code: 'seats_taken', extra: { takenSeats: [{ eventId: event(1), seatId: seat(3) }] } });
    expect(await listHoldUnits(database.db, second)).toEqual([]);
    const states = await seatStates(database.db, event(1));
    expect(states.filter((s) => [seat(4), seat(5)].includes(s.seatId)).map((s) => s.status)).toEqual(['free', 'free']);
  });

  it('undoes a failed claim even when the caller commits its transaction anyway', async () => {
    await hold(randomUUID(), [{ eventId: event(2), seatIds: [seat(10)] }]);
    const holdId = randomUUID();
    await database.db.transaction(async (tx) => {
      const refusal = await appErrorOf(() =>
        holdSeats(tx, { holdId, heldUntil: inHalfAnHour, now, items: [{ eventId: event(2), seatIds: [seat(9), seat(10)] }] }),
      );
      expect(refusal.code).toBe('seats_taken');
    });
    expect(await listHoldUnits(database.db, holdId)).toEqual([]);
  });

  it('holds a season ticket in every event or in none', async () => {
    const taken = randomUUID();
    await hold(taken, [{ eventId: event(3), seatIds: [seat(21)] }]);
    const season = randomUUID();
    const items = f.eventIds.map((eventId) => ({ eventId, seatIds: [seat(20), seat(21)] }));
    const error = await appErrorOf(() => hold(season, items));
    expect(error.code).toBe('seats_taken');
    expect(error.extra?.takenSeats).toEqual([{ eventId: event(3), seatId: seat(21) }]);
    expect(await listHoldUnits(database.db, season)).toEqual([]);
    for (const eventId of f.eventIds) {
      const states = await seatStates(database.db, eventId);
      expect(states.find((s) => s.seatId === seat(20))?.status).toBe('free');
    }
    const ok = await hold(season, f.eventIds.map((eventId) => ({ eventId, seatIds: [seat(19), seat(20)] })));
    expect(ok).toHaveLength(10);
  });

  it('gives a seat whose hold has expired to the next client', async () => {
    const stale = randomUUID();
    await hold(stale, [{ eventId: event(1), seatIds: [seat(6)] }], new Date('2030-05-01T09:00:00Z'));
    const fresh = randomUUID();
    await hold(fresh, [{ eventId: event(1), seatIds: [seat(6)] }]);
    expect((await listHoldUnits(database.db, fresh)).map((u) => u.unit)).toEqual([{ kind: 'seat', eventId: event(1), seatId: seat(6) }]);
    expect(await listHoldUnits(database.db, stale)).toEqual([]);
  });

  it('keeps seats the hold already has and moves their deadline (a retried claim is harmless)', async () => {
    const holdId = randomUUID();
    await hold(holdId, [{ eventId: event(1), seatIds: [seat(7)] }]);
    await database.db.transaction((tx) =>
      holdSeats(tx, { holdId, heldUntil: later, now, items: [{ eventId: event(1), seatIds: [seat(7), seat(8)] }] }),
    );
    const units = await listHoldUnits(database.db, holdId);
    expect(units.map((u) => u.heldUntil?.toISOString())).toEqual([later.toISOString(), later.toISOString()]);
  });

  it('never holds a sold seat', async () => {
    const holdId = randomUUID();
    await hold(holdId, [{ eventId: event(4), seatIds: [seat(1)] }]);
    await database.db.transaction((tx) =>
      sellHold(tx, { holdId, now, tickets: [{ unit: { kind: 'seat', eventId: event(4), seatId: seat(1) }, ticketId: randomUUID() }] }),
    );
    const error = await appErrorOf(() => hold(randomUUID(), [{ eventId: event(4), seatIds: [seat(1)] }], later));
    expect(error).toMatchObject({ code: 'seats_taken', extra: { takenSeats: [{ eventId: event(4), seatId: seat(1) }] } });
  });

  it('answers 404 for a seat the event does not sell', async () => {
    const unknown = randomUUID();
    const error = await appErrorOf(() => hold(randomUUID(), [{ eventId: event(5), seatIds: [seat(1), unknown] }]));
    expect(error).toMatchObject({ status: 404, code: 'seat_not_on_sale', extra: { seats: [{ eventId: event(5), seatId: unknown }] } });
    expect((await seatStates(database.db, event(5)))[0]?.status).toBe('free');
  });

  it('refuses the same seat twice in one event, naming the second', async () => {
    const error = await appErrorOf(() => hold(randomUUID(), [{ eventId: event(5), seatIds: [seat(2), seat(3), seat(2)] }]));
    expect(error).toMatchObject({ status: 400, code: 'duplicate_seat', field: 'items.0.seatIds.2' });
  });

  it('refuses a deadline that is not in the future', async () => {
    const error = await appErrorOf(() =>
      holdSeats(database.db, { holdId: randomUUID(), heldUntil: now, now, items: [{ eventId: event(5), seatIds: [seat(4)] }] }),
    );
    expect(error).toMatchObject({ status: 400, code: 'hold_deadline_invalid', field: 'heldUntil' });
  });
});
