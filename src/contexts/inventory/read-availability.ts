import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../server/db/types.ts';

// Reads of what is free, for the seat map and for anyone who lists availability.
// A unit is free when its status is 'free' or its hold ran out before `now` (the
// expiry job may not have got to it yet); everything else is taken.

/**
 * The ordinals of the event's seats that cannot be chosen at `now`: sold, blocked, or
 * held by a hold still running. Only the taken seats travel, so an event that has just
 * gone on sale answers with almost nothing.
 */
export async function readTakenSeatOrdinals(db: Db, eventId: string, now: Date): Promise<number[]> {
  const rows = await queryRows<{ ordinal: number }>(
    db,
    sql`select ordinal from event_seats
        where event_id = ${eventId} and status <> 'free'
          and not (status = 'held' and held_until < ${now.toISOString()}::timestamptz)`,
  );
  return rows.map((row) => row.ordinal);
}

export interface ZoneUnitCount {
  zoneId: string;
  total: number;
  free: number;
}

/** For each general-admission zone of the event: its places and how many are free at `now`. */
export async function readPlaceCounts(db: Db, eventId: string, now: Date): Promise<ZoneUnitCount[]> {
  const rows = await queryRows<{ zone_id: string; total: number; free: number }>(
    db,
    sql`select zone_id, count(*)::int as total,
               count(*) filter (where status = 'free' or (status = 'held' and held_until < ${now.toISOString()}::timestamptz))::int as free
        from event_places where event_id = ${eventId}
        group by zone_id`,
  );
  return rows.map((row) => ({ zoneId: row.zone_id, total: row.total, free: row.free }));
}

/** For each seated zone of the event: its seats and how many are free at `now` (one pass over the event's seats). */
export async function readSeatCounts(db: Db, eventId: string, now: Date): Promise<ZoneUnitCount[]> {
  const rows = await queryRows<{ zone_id: string; total: number; free: number }>(
    db,
    sql`select zone_id, count(*)::int as total,
               count(*) filter (where status = 'free' or (status = 'held' and held_until < ${now.toISOString()}::timestamptz))::int as free
        from event_seats where event_id = ${eventId}
        group by zone_id`,
  );
  return rows.map((row) => ({ zoneId: row.zone_id, total: row.total, free: row.free }));
}
