import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '../../../server/db/types.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { createVenueBody, createZoneBody, hallLayoutBody } from '../contracts/venues.ts';
import { createEvent } from '../events/create-event.ts';
import { createHall } from '../venues/create-hall.ts';
import { createHallType } from '../venues/create-hall-type.ts';
import { createVenue } from '../venues/create-venue.ts';
import { createZone } from '../venues/create-zone.ts';
import { importHallLayout } from '../venues/import-hall-layout.ts';
import { updateHall } from '../venues/update-hall.ts';
import { updateVenue } from '../venues/update-venue.ts';
import { updateZone } from '../venues/update-zone.ts';
import { managerChange, NOW } from './catalog-fixtures.ts';

// A manager builds a venue piece by piece: halls with their types, zones, a seat layout.

describe('a manager building a venue', () => {
  let t: TestApp;
  let db: Db;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    db = t.deps.database.db;
  });
  afterAll(async () => t.close());

  const layout = hallLayoutBody.parse({
    zones: [
      { code: 'a', name: 'Сектор A', kind: 'seated', rows: [{ row: '1', repeat: 2, seats: 5 }] },
      { code: 'dance', name: 'Танцпол', kind: 'general_admission', capacity: 10 },
    ],
  });

  it('creates a venue, a hall with its hall types, and records each change', async () => {
    const venue = await createVenue(db, managerChange(), createVenueBody.parse({ kind: 'other', name: 'Клуб', address: 'Тверская, 1' }));
    expect(venue).toMatchObject({ kind: 'other', timeZone: 'Europe/Moscow', currency: 'RUB', holdMinutes: 30, halls: [] });
    const vip = await createHallType(db, managerChange(), { code: 'vip-club', name: 'VIP', coefficient: '1.5' });
    expect(vip.coefficient).toBe('1.5000');
    await expect(createHallType(db, managerChange(), { code: 'vip-club', name: 'VIP 2', coefficient: '2' })).rejects.toMatchObject({ code: 'hall_type_code_taken', field: 'body.code' });
    const hall = await createHall(db, managerChange(), venue.id, { name: 'Большой зал', description: '', hallTypeIds: [vip.id] });
    expect(hall.hallTypes).toEqual([expect.objectContaining({ code: 'vip-club' })]);
    await expect(createHall(db, managerChange(), venue.id, { name: 'Большой зал', description: '', hallTypeIds: [] })).rejects.toMatchObject({ code: 'hall_name_taken', status: 409 });
    await expect(createHall(db, managerChange(), venue.id, { name: 'Малый', description: '', hallTypeIds: ['00000000-0000-4000-8000-000000000000'] })).rejects.toMatchObject({
      code: 'hall_type_not_found',
      field: 'body.hallTypeIds.0',
    });
    const renamed = await updateHall(db, managerChange(), hall.id, { name: 'Главный зал', hallTypeIds: [] });
    expect(renamed).toMatchObject({ name: 'Главный зал', hallTypes: [] });
    await updateVenue(db, managerChange(), venue.id, { holdMinutes: 15 });
    const actions = await queryRows<{ action: string }>(db, sql`select action from audit_log where actor_id is not null order by id`);
    expect(actions.map((a) => a.action)).toEqual(['catalog.venue.created', 'catalog.hall_type.created', 'catalog.hall.created', 'catalog.hall.updated', 'catalog.venue.updated']);
  });

  it('loads a hall layout in the import format, and again while no event uses the hall, keeping zone ids', async () => {
    const venue = await createVenue(db, managerChange(), createVenueBody.parse({ kind: 'stadium', name: 'Стадион' }));
    const hall = await createHall(db, managerChange(), venue.id, { name: 'Арена', description: '', hallTypeIds: [] });
    const first = await importHallLayout(db, managerChange(), hall.id, layout);
    expect(first.zones.map((z) => [z.code, z.kind, z.seatCount, z.capacity])).toEqual([['a', 'seated', 10, null], ['dance', 'general_admission', 0, 10]]);
    const bigger = hallLayoutBody.parse({ zones: [{ ...layout.zones[0], rows: [{ row: '1', repeat: 3, seats: 5 }] }] });
    const second = await importHallLayout(db, managerChange(), hall.id, bigger);
    expect(second.zones.map((z) => [z.id, z.seatCount])).toEqual([[first.zones[0]?.id, 15]]);
    const twice = hallLayoutBody.parse({ zones: [{ code: 'a', name: 'A', kind: 'seated', rows: [{ row: '1', seats: 2 }, { row: '1', seats: ['2'] }] }] });
    await expect(importHallLayout(db, managerChange(), hall.id, twice)).rejects.toMatchObject({ code: 'layout_invalid', field: 'body.zones.0.rows.1.seats' });
  });

  it('refuses a new layout once an event uses the hall; zones may still be added and general admission may grow', async () => {
    const venue = await createVenue(db, managerChange(), createVenueBody.parse({ kind: 'stadium', name: 'Стадион 2' }));
    const hall = await createHall(db, managerChange(), venue.id, { name: 'Арена', description: '', hallTypeIds: [] });
    const zones = (await importHallLayout(db, managerChange(), hall.id, layout)).zones;
    const dance = zones.find((z) => z.code === 'dance');
    const event = await createEvent(db, managerChange(), {
      hallId: hall.id, kind: 'concert', title: 'Концерт', description: '', startsAt: '2025-07-10T16:00:00Z', endsAt: '2025-07-10T19:00:00Z',
      sessionTypeIds: [], zonePrices: [{ zoneId: dance?.id ?? '', priceMinor: 300_000 }],
    });
    await expect(importHallLayout(db, managerChange(), hall.id, layout)).rejects.toMatchObject({ code: 'hall_has_events', status: 409 });
    const places = async () => (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from event_places where event_id = ${event.id}`))[0]?.n;
    expect(await places()).toBe(10);
    await expect(updateZone(db, managerChange(), dance?.id ?? '', { capacity: 5 })).rejects.toMatchObject({ code: 'capacity_cannot_shrink', field: 'body.capacity' });
    await updateZone(db, managerChange(), dance?.id ?? '', { capacity: 15, coefficient: '1.2' });
    expect(await places()).toBe(15);
    await createZone(db, managerChange(), hall.id, createZoneBody.parse({ code: 'fan', name: 'Фан-зона', kind: 'general_admission', capacity: 4 }));
    expect(await places()).toBe(19);
    await expect(createZone(db, managerChange(), hall.id, createZoneBody.parse({ code: 'fan', name: 'Ещё', kind: 'general_admission', capacity: 1 }))).rejects.toMatchObject({
      code: 'zone_code_taken',
    });
    const seated = zones.find((z) => z.code === 'a');
    await expect(updateZone(db, managerChange(), seated?.id ?? '', { capacity: 5 })).rejects.toMatchObject({ code: 'capacity_only_for_general_admission' });
  });
});
