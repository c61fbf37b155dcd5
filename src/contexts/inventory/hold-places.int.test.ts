import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { holdPlaces, holdUnits, listHoldUnits } from './index.ts';
import { appErrorOf, createInventoryFixture, type InventoryFixture, statusCounts } from './test-fixtures.ts';

const now = new Date('2030-05-01T10:00:00Z');
const heldUntil = new Date('2030-05-01T10:30:00Z');

describe('holding places on a dance floor and units of an add-on good', () => {
  let database: TestDatabase;
  let f: InventoryFixture;
  const places = (quantity: number, holdId = randomUUID(), at = now) =>
    database.db.transaction((tx) =>
      holdPlaces(tx, { holdId, heldUntil: new Date(at.getTime() + 30 * 60_000), now: at, eventId: f.eventIds[0] as string, zoneId: f.floorId, quantity }),
    );
  const units = (quantity: number, holdId = randomUUID(), at = now) =>
    database.db.transaction((tx) => holdUnits(tx, { holdId, heldUntil: new Date(at.getTime() + 30 * 60_000), now: at, serviceId: f.addonId, quantity }));

  beforeAll(async () => {
    database = await createTestDatabase();
    f = await createInventoryFixture(database.db, { floorCapacity: 10, addonStock: 5 });
  });
  afterAll(async () => database.close());

  it('holds the asked number of places, lowest numbers first', async () => {
    const holdId = randomUUID();
    const held = await places(3, holdId);
    expect(held.map((p) => p.placeNo)).toEqual([1, 2, 3]);
    expect((await listHoldUnits(database.db, holdId)).map((u) => u.unit)).toEqual(held);
  });

  it('adds places to a hold that already has some', async () => {
    const holdId = randomUUID();
    await places(1, holdId);
    await places(2, holdId);
    expect(await listHoldUnits(database.db, holdId)).toHaveLength(3);
  });

  it('refuses more places than are left, saying how many are, and holds none of them', async () => {
    const error = await appErrorOf(() => places(5));
    expect(error).toMatchObject({ status: 409, code: 'places_sold_out', field: 'quantity', extra: { zoneId: f.floorId, available: 4 } });
    expect((await statusCounts(database.db, f, 'event_places')).free).toBe(4);
    expect((await places(4)).map((p) => p.placeNo)).toEqual([7, 8, 9, 10]);
  });

  it('gives places whose hold has expired to the next client', async () => {
    expect((await appErrorOf(() => places(1))).extra).toMatchObject({ available: 0 });
    const afterDeadlines = new Date('2030-05-01T11:00:00Z');
    expect(await places(10, randomUUID(), afterDeadlines)).toHaveLength(10);
  });

  it('answers 404 for a zone the event sells no places in', async () => {
    const error = await appErrorOf(() =>
      holdPlaces(database.db, { holdId: randomUUID(), heldUntil, now, eventId: f.eventIds[0] as string, zoneId: f.sectorId, quantity: 1 }),
    );
    expect(error).toMatchObject({ status: 404, code: 'zone_not_on_sale', field: 'zoneId' });
  });

  it.each([0, -1, 1.5])('refuses a quantity of %s', async (quantity) => {
    const error = await appErrorOf(() => places(quantity));
    expect(error).toMatchObject({ status: 400, code: 'quantity_invalid', field: 'quantity' });
  });

  it('holds units of an add-on good until the stock runs out', async () => {
    expect((await units(2)).map((u) => u.unitNo)).toEqual([1, 2]);
    const error = await appErrorOf(() => units(4));
    expect(error).toMatchObject({ status: 409, code: 'stock_sold_out', extra: { serviceId: f.addonId, available: 3 } });
    expect((await statusCounts(database.db, f, 'service_units')).held).toBe(2);
    expect(await units(3)).toHaveLength(3);
  });

  it('answers 404 for a good without counted stock', async () => {
    const error = await appErrorOf(() => holdUnits(database.db, { holdId: randomUUID(), heldUntil, now, serviceId: randomUUID(), quantity: 1 }));
    expect(error).toMatchObject({ status: 404, code: 'service_not_stocked', field: 'serviceId' });
  });
});
