import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../server/db/types.ts';

// Reads of what is free, for the seat map and for anyone who lists availability.
// A unit is free when its status is 'free' or its hold ran out before `now` (the
// expiry job may not have got to it yet); everything else is taken. Each read also
// says when the first running hold among what it read runs out: until then, and
// while nothing is written, its answer stays true.

export interface TakenSeats {
  /** Ordinals of the seats that cannot be chosen: sold, blocked, or held by a running hold. */
  ordinals: number[];
  /** When the earliest running hold of these seats lapses (null: none is held). */
  nextExpiry: Date | null;
}

const toDate = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/**
 * The event's taken seats at `now`. Only the taken seats travel, as one text value
 * rather than a row each: per-row overhead (PGlite above all) outweighs the scan.
 */
export async function readTakenSeats(db: Db, eventId: string, now: Date): Promise<TakenSeats> {
  const [row] = await queryRows<{ ordinals: string | null; next_expiry: Date | string | null }>(
    db,
    sql`select string_agg(ordinal::text, ',') as ordinals,
               min(held_until) filter (where status = 'held') as next_expiry
        from event_seats
        where event_id = ${eventId} and status <> 'free'
          and not (status = 'held' and held_until < ${now.toISOString()}::timestamptz)`,
  );
  return { ordinals: row?.ordinals ? row.ordinals.split(',').map(Number) : [], nextExpiry: toDate(row?.next_expiry ?? null) };
}

export interface ZoneUnitCount {
  zoneId: string;
  total: number;
  free: number;
}

export interface ZoneCounts {
  zones: ZoneUnitCount[];
  /** When the earliest running hold among them lapses (null: none is held). */
  nextExpiry: Date | null;
}

async function countByZone(db: Db, table: 'event_seats' | 'event_places', eventId: string, now: Date): Promise<ZoneCounts> {
  const at = now.toISOString();
  const rows = await queryRows<{ zone_id: string; total: number; free: number; next_expiry: Date | string | null }>(
    db,
    sql`select zone_id, count(*)::int as total,
               count(*) filter (where status = 'free' or (status = 'held' and held_until < ${at}::timestamptz))::int as free,
               min(held_until) filter (where status = 'held' and held_until >= ${at}::timestamptz) as next_expiry
        from ${sql.identifier(table)} where event_id = ${eventId}
        group by zone_id`,
  );
  const expiries = rows.map((row) => toDate(row.next_expiry)).filter((date): date is Date => date !== null);
  return {
    zones: rows.map((row) => ({ zoneId: row.zone_id, total: row.total, free: row.free })),
    nextExpiry: expiries.length ? new Date(Math.min(...expiries.map((date) => date.getTime()))) : null,
  };
}

/** For each general-admission zone of the event: its places and how many are free at `now`. */
export function readPlaceCounts(db: Db, eventId: string, now: Date): Promise<ZoneCounts> {
  return countByZone(db, 'event_places', eventId, now);
}

/** For each seated zone of the event: its seats and how many are free at `now` (one pass over the event's seats). */
export function readSeatCounts(db: Db, eventId: string, now: Date): Promise<ZoneCounts> {
  return countByZone(db, 'event_seats', eventId, now);
}
