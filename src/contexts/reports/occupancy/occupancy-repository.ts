import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../server/db/types.ts';
import { isoOf, wholeOf } from '../shared/db-values.ts';
import { inPeriod, type MovementFilter } from '../shared/ticket-movements-repository.ts';

export interface EventUnits {
  eventId: string;
  title: string;
  kind: string;
  filmId: string | null;
  startsAt: string;
  venueId: string;
  venueName: string;
  hallName: string;
  capacity: number;
  sold: number;
  held: number;
  blocked: number;
}

type UnitRow = { event_id: string; title: string; kind: string; film_id: string | null; starts_at: Date | string; venue_id: string; venue_name: string; hall_name: string; capacity: number; sold: number; held: number; blocked: number };

/**
 * The scheduled events starting in the period (on their venue's wall clock) with their
 * inventory (seats and general-admission places) by state at `now`. A hold past its
 * deadline counts as free, as inventory itself reads it, before the expiry job gets to it.
 */
export async function readEventUnits(db: Db, filter: MovementFilter, now: Date): Promise<EventUnits[]> {
  const venue = filter.venueId ? sql`and e.venue_id = ${filter.venueId}::uuid` : sql``;
  const at = sql`${now.toISOString()}::timestamptz`;
  const rows = await queryRows<UnitRow>(
    db,
    sql`select e.id as event_id, e.title, e.kind, e.film_id, e.starts_at, e.venue_id, v.name as venue_name, h.name as hall_name,
               u.capacity, u.sold, u.held, u.blocked
        from events e
        join venues v on v.id = e.venue_id
        join halls h on h.id = e.hall_id
        -- Per event, so each count reads only that event's rows through its primary key.
        cross join lateral (
          select count(*)::int as capacity,
                 count(*) filter (where status = 'sold')::int as sold,
                 count(*) filter (where status = 'held' and held_until >= ${at})::int as held,
                 count(*) filter (where status = 'blocked')::int as blocked
          from (
            select status, held_until from event_seats where event_id = e.id
            union all
            select status, held_until from event_places where event_id = e.id
          ) units
        ) u
        where e.status = 'scheduled' ${venue} and ${inPeriod(sql`e.starts_at`, filter, sql`v.time_zone`)}
        order by e.starts_at, e.title, e.id`,
  );
  return rows.map((row) => ({
    eventId: row.event_id, title: row.title, kind: row.kind, filmId: row.film_id, startsAt: isoOf(row.starts_at) ?? '',
    venueId: row.venue_id, venueName: row.venue_name, hallName: row.hall_name,
    capacity: wholeOf(row.capacity), sold: wholeOf(row.sold), held: wholeOf(row.held), blocked: wholeOf(row.blocked),
  }));
}
