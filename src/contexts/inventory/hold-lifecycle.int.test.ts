import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { expireHolds, extendHold, holdPlaces, holdSeats, holdUnits, listHoldUnits, releaseHold, returnSold, sellHold, type UnitRef } from './index.ts';
import { appErrorOf, createInventoryFixture, type InventoryFixture, statusCounts } from './test-fixtures.ts';

const onDay = (day: number) => (hhmm: string) => new Date(`2030-05-0${day}T${hhmm}:00Z`);
const t = onDay(1);
// Expiry sees every hold of the database: each expiry test first sweeps the days before its own.
const sweepBefore = (database: TestDatabase, day: (hhmm: string) => Date) => expireHolds(database.db, day('00:00'), 1000);

describe('a hold from claim to sale, return and expiry', () => {
  let database: TestDatabase;
  let f: InventoryFixture;
  const seatRef = (n: number): UnitRef => ({ kind: 'seat', eventId: f.eventIds[0] as string, seatId: f.seatIds[n - 1] as string });

  /** A hold of seats 1-2, two dance-floor places and one scarf, taken at `at` for 30 minutes. */
  async function holdAll(holdId: string, at = t('10:00')): Promise<UnitRef[]> {
    const terms = { holdId, now: at, heldUntil: new Date(at.getTime() + 30 * 60_000) };
    return database.db.transaction(async (tx) => [
      ...(await holdSeats(tx, { ...terms, items: [{ eventId: f.eventIds[0] as string, seatIds: [f.seatIds[0] as string, f.seatIds[1] as string] }] })),
      ...(await holdPlaces(tx, { ...terms, eventId: f.eventIds[0] as string, zoneId: f.floorId, quantity: 2 })),
      ...(await holdUnits(tx, { ...terms, serviceId: f.addonId, quantity: 1 })),
    ]).then((units) => units.map(toRef));
  }
  const toRef = (u: UnitRef): UnitRef =>
    u.kind === 'seat' ? { kind: 'seat', eventId: u.eventId, seatId: u.seatId } : u;
  const sell = (holdId: string, units: UnitRef[], now: Date) =>
    database.db.transaction((tx) => sellHold(tx, { holdId, now, tickets: units.map((unit) => ({ unit, ticketId: randomUUID() })) }));

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());
  // Each test gets a venue of its own, so counts and expiry see only its rows.
  beforeEach(async () => {
    f = await createInventoryFixture(database.db, { seats: 10, floorCapacity: 5, addonStock: 3 });
  });

  it('sells a running hold: every unit becomes sold with its ticket', async () => {
    const holdId = randomUUID();
    const units = await holdAll(holdId);
    const tickets = units.map((unit) => ({ unit, ticketId: randomUUID() }));
    const sold = await database.db.transaction((tx) => sellHold(tx, { holdId, now: t('10:29'), tickets }));
    expect(sold).toHaveLength(5);
    const listed = await listHoldUnits(database.db, holdId);
    expect(listed.map((u) => [u.status, u.heldUntil, u.ticketId])).toEqual(expect.arrayContaining(tickets.map((s) => ['sold', null, s.ticketId])));
    expect(await releaseHold(database.db, holdId)).toEqual({ seats: 0, places: 0, units: 0 });
  });

  it('sells part of a hold and releases the rest', async () => {
    const holdId = randomUUID();
    const units = await holdAll(holdId);
    await sell(holdId, units.slice(0, 1), t('10:10'));
    expect(await releaseHold(database.db, holdId)).toEqual({ seats: 1, places: 2, units: 1 });
    expect(await statusCounts(database.db, f, 'event_seats')).toEqual({ free: 9, sold: 1 });
  });

  it('refuses to sell after the deadline, and sells once the hold is extended (nobody took it)', async () => {
    const holdId = randomUUID();
    const units = await holdAll(holdId);
    const error = await appErrorOf(() => sell(holdId, units, t('10:31')));
    expect(error).toMatchObject({ status: 409, code: 'hold_expired' });
    expect(await statusCounts(database.db, f, 'event_seats')).toMatchObject({ held: 2 });
    expect(await extendHold(database.db, holdId, t('11:00'))).toEqual({ seats: 2, places: 2, units: 1 });
    expect(await sell(holdId, units, t('10:31'))).toHaveLength(5);
  });

  it('refuses to sell what another hold took after the deadline, selling nothing', async () => {
    const holdId = randomUUID();
    const units = await holdAll(holdId);
    const other = randomUUID();
    await database.db.transaction((tx) =>
      holdSeats(tx, { holdId: other, now: t('10:40'), heldUntil: t('11:10'), items: [{ eventId: f.eventIds[0] as string, seatIds: [f.seatIds[1] as string] }] }),
    );
    const error = await appErrorOf(() => sell(holdId, units, t('10:45')));
    expect(error).toMatchObject({ code: 'hold_lost', extra: { units: [seatRef(2)] } });
    expect(await extendHold(database.db, holdId, t('11:15'))).toEqual({ seats: 1, places: 2, units: 1 });
    const again = await appErrorOf(() => sell(holdId, units, t('10:45')));
    expect(again.code).toBe('hold_lost');
    expect(await statusCounts(database.db, f, 'event_seats')).toEqual({ free: 8, held: 2 });
  });

  it('releases only the listed units', async () => {
    const holdId = randomUUID();
    const units = await holdAll(holdId);
    expect(await releaseHold(database.db, holdId, [seatRef(1), units[4] as UnitRef])).toEqual({ seats: 1, places: 0, units: 1 });
    expect((await listHoldUnits(database.db, holdId)).map((u) => u.unit.kind)).toEqual(['seat', 'place', 'place']);
    expect(await releaseHold(database.db, holdId, [])).toEqual({ seats: 0, places: 0, units: 0 });
  });

  it('puts returned tickets back on sale, for anyone to hold again', async () => {
    const holdId = randomUUID();
    const units = await holdAll(holdId);
    const tickets = units.map((unit) => ({ unit, ticketId: randomUUID() }));
    await database.db.transaction((tx) => sellHold(tx, { holdId, now: t('10:05'), tickets }));
    const returned = await database.db.transaction((tx) => returnSold(tx, [tickets[1]?.ticketId as string, tickets[2]?.ticketId as string, randomUUID()]));
    expect(returned).toEqual([
      { unit: units[1], ticketId: tickets[1]?.ticketId },
      { unit: units[2], ticketId: tickets[2]?.ticketId },
    ]);
    expect(await returnSold(database.db, [tickets[1]?.ticketId as string])).toEqual([]);
    expect(await statusCounts(database.db, f, 'event_seats')).toEqual({ free: 9, sold: 1 });
    const next = await database.db.transaction((tx) =>
      holdSeats(tx, { holdId: randomUUID(), now: t('12:00'), heldUntil: t('12:30'), items: [{ eventId: f.eventIds[0] as string, seatIds: [f.seatIds[1] as string] }] }),
    );
    expect(next).toHaveLength(1);
  });

  it('expires holds past their deadline: frees their units and names them, leaving running holds alone', async () => {
    const t2 = onDay(2);
    await sweepBefore(database, t2);
    const early = randomUUID();
    const late = randomUUID();
    await holdAll(early, t2('10:00'));
    await database.db.transaction((tx) =>
      holdPlaces(tx, { holdId: late, now: t2('10:20'), heldUntil: t2('10:50'), eventId: f.eventIds[0] as string, zoneId: f.floorId, quantity: 1 }),
    );
    expect(await database.db.transaction((tx) => expireHolds(tx, t2('10:30'), 10))).toEqual([]);
    expect(await database.db.transaction((tx) => expireHolds(tx, t2('10:40'), 10))).toEqual([early]);
    expect(await listHoldUnits(database.db, early)).toEqual([]);
    expect(await listHoldUnits(database.db, late)).toHaveLength(1);
    expect(await database.db.transaction((tx) => expireHolds(tx, t2('10:40'), 10))).toEqual([]);
    expect(await statusCounts(database.db, f, 'event_places')).toEqual({ free: 4, held: 1 });
  });

  it('expires at most `limit` holds per run, the longest expired first', async () => {
    const t2 = onDay(3);
    await sweepBefore(database, t2);
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const [i, id] of ids.entries()) {
      await database.db.transaction((tx) => holdUnits(tx, { holdId: id, now: t2(`10:0${i}`), heldUntil: t2(`10:1${i}`), serviceId: f.addonId, quantity: 1 }));
    }
    expect(await expireHolds(database.db, t2('11:00'), 2)).toEqual([ids[0], ids[1]]);
    expect(await expireHolds(database.db, t2('11:00'), 2)).toEqual([ids[2]]);
  });

  it('does not sell a unit given twice or one ticket given two units', async () => {
    const holdId = randomUUID();
    const units = await holdAll(holdId);
    const ticketId = randomUUID();
    const twice = await appErrorOf(() => sellHold(database.db, { holdId, now: t('10:05'), tickets: [{ unit: units[0] as UnitRef, ticketId }, { unit: units[0] as UnitRef, ticketId: randomUUID() }] }));
    expect(twice).toMatchObject({ status: 400, code: 'duplicate_unit', field: 'tickets.1.unit' });
    const shared = await appErrorOf(() => sellHold(database.db, { holdId, now: t('10:05'), tickets: [{ unit: units[0] as UnitRef, ticketId }, { unit: units[1] as UnitRef, ticketId }] }));
    expect(shared).toMatchObject({ status: 400, code: 'duplicate_ticket', field: 'tickets.1.ticketId' });
  });
});
