import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../server/db/types.ts';
import { AppError } from '../../shared/errors.ts';
import { createEventInventory, createServiceUnits } from './create-event-inventory.ts';

// Test fixtures inserted by SQL (the catalog's own API is not needed to test claims):
// one venue with one hall of a seated sector and a dance floor, a series of matches
// in it, and an add-on good with stock, all put on sale.

export interface InventoryFixture {
  venueId: string;
  hallId: string;
  sectorId: string;
  floorId: string;
  /** The sector's seats in seat order. */
  seatIds: string[];
  /** The matches, one a day. */
  eventIds: string[];
  addonId: string;
}

export interface FixtureOptions {
  seats?: number;
  floorCapacity?: number;
  events?: number;
  addonStock?: number;
}

const one = async <T>(db: Db, query: SQL): Promise<T> => {
  const [row] = await queryRows<T>(db, query);
  if (!row) throw new Error('fixture insert returned no row');
  return row;
};

export async function createInventoryFixture(db: Db, options: FixtureOptions = {}): Promise<InventoryFixture> {
  const { seats = 20, floorCapacity = 50, events = 1, addonStock = 30 } = options;
  const { id: venueId } = await one<{ id: string }>(db, sql`insert into venues (kind, name) values ('stadium', 'Test arena') returning id`);
  const { id: hallId } = await one<{ id: string }>(db, sql`insert into halls (venue_id, name) values (${venueId}, 'Main field') returning id`);
  const { id: sectorId } = await one<{ id: string }>(
    db,
    sql`insert into zones (hall_id, code, name, kind) values (${hallId}, 'A', 'Sector A', 'seated') returning id`,
  );
  const { id: floorId } = await one<{ id: string }>(
    db,
    sql`insert into zones (hall_id, code, name, kind, capacity) values (${hallId}, 'FLOOR', 'Dance floor', 'general_admission', ${floorCapacity}) returning id`,
  );
  const seatRows = await queryRows<{ id: string }>(
    db,
    sql`insert into seats (hall_id, zone_id, row_label, seat_label, ordinal, x, y)
        select ${hallId}, ${sectorId}, ((n - 1) / 10 + 1)::text, ((n - 1) % 10 + 1)::text, n, (n - 1) % 10, (n - 1) / 10
        from generate_series(1, ${seats}::int) as n
        order by n
        returning id`,
  );
  const eventIds: string[] = [];
  for (let day = 0; day < events; day++) {
    const startsAt = new Date(Date.UTC(2030, 5, 1 + day, 16)).toISOString();
    const { id } = await one<{ id: string }>(
      db,
      sql`insert into events (venue_id, hall_id, kind, title, starts_at, ends_at)
          values (${venueId}, ${hallId}, 'match', ${`Match ${day + 1}`}, ${startsAt}::timestamptz, ${startsAt}::timestamptz + interval '2 hours')
          returning id`,
    );
    await createEventInventory(db, id);
    eventIds.push(id);
  }
  const { id: addonId } = await one<{ id: string }>(
    db,
    sql`insert into services (venue_id, kind, name, base_cost_minor, stock) values (${venueId}, 'addon_good', 'Scarf', 150000, ${addonStock}) returning id`,
  );
  await createServiceUnits(db, addonId, addonStock);
  return { venueId, hallId, sectorId, floorId, seatIds: seatRows.map((r) => r.id), eventIds, addonId };
}

/** The status and hold of every seat of an event, in seat order. */
export async function seatStates(db: Db, eventId: string): Promise<{ seatId: string; status: string; holdId: string | null }[]> {
  const rows = await queryRows<{ seat_id: string; status: string; hold_id: string | null }>(
    db,
    sql`select seat_id, status, hold_id from event_seats where event_id = ${eventId} order by ordinal`,
  );
  return rows.map((r) => ({ seatId: r.seat_id, status: r.status, holdId: r.hold_id }));
}

/** How many of the fixture's rows of a table are in each status (missing statuses count 0). */
export async function statusCounts(
  db: Db,
  fixture: InventoryFixture,
  table: 'event_seats' | 'event_places' | 'service_units',
): Promise<Record<string, number>> {
  const mine =
    table === 'service_units'
      ? sql`service_id = ${fixture.addonId}`
      : sql`event_id = any(${sql.param(fixture.eventIds)}::uuid[])`;
  const rows = await queryRows<{ status: string; n: number }>(
    db,
    sql`select status, count(*)::int as n from ${sql.raw(table)} where ${mine} group by status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Runs `work` and returns the AppError it throws; fails the test if it throws nothing or something else. */
export async function appErrorOf(work: () => Promise<unknown>): Promise<AppError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, but the call succeeded');
}
