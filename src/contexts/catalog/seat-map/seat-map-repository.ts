import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../server/db/types.ts';

// The catalog reads of the seat map, in plain SQL over the catalog tables.

/**
 * The database's current transaction snapshot (xmin:xmax:in-progress ids). It stays
 * the same exactly while no transaction starts writing or ends, whichever process
 * runs it, so an answer read under it is still true while it is unchanged.
 */
export async function readDatabaseSnapshot(db: Db): Promise<string> {
  const [row] = await queryRows<{ snapshot: string }>(db, sql`select pg_current_snapshot()::text as snapshot`);
  return row!.snapshot;
}

export interface SeatMapEventRow {
  id: string;
  kind: string;
  title: string;
  status: 'scheduled' | 'cancelled';
  startsAt: Date;
  endsAt: Date;
  venue: { id: string; name: string; timeZone: string; currency: string };
  hall: { id: string; name: string };
  film: { id: string; title: string; durationMinutes: number; ageRating: number; basePriceMinor: number } | null;
  /** Cinema pricing factors, as exact decimal text. */
  hallTypeCoefficients: string[];
  sessionTypeCoefficients: string[];
  /** The hall's highest seat ordinal (-1 without seats): a cheap part of the geometry stamp. */
  maxOrdinal: number;
}

const toDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

/** The event with what the map shows around it, or null when there is no such event. */
export async function findSeatMapEvent(db: Db, eventId: string): Promise<SeatMapEventRow | null> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select e.id, e.kind, e.title, e.status, e.starts_at, e.ends_at,
               v.id as venue_id, v.name as venue_name, v.time_zone, v.currency,
               h.id as hall_id, h.name as hall_name,
               f.id as film_id, f.title as film_title, f.duration_minutes, f.age_rating, f.base_price_minor,
               (select coalesce(json_agg(t.coefficient::text), '[]') from hall_hall_types hht
                  join hall_types t on t.id = hht.hall_type_id where hht.hall_id = e.hall_id) as hall_coefficients,
               (select coalesce(json_agg(st.coefficient::text), '[]') from event_session_types est
                  join session_types st on st.id = est.session_type_id where est.event_id = e.id) as session_coefficients,
               coalesce((select max(ordinal) from seats where hall_id = e.hall_id), -1) as max_ordinal
        from events e join venues v on v.id = e.venue_id join halls h on h.id = e.hall_id
        left join films f on f.id = e.film_id
        where e.id = ${eventId}`,
  );
  if (!row) return null;
  return {
    id: row.id as string,
    kind: row.kind as string,
    title: row.title as string,
    status: row.status as SeatMapEventRow['status'],
    startsAt: toDate(row.starts_at as Date),
    endsAt: toDate(row.ends_at as Date),
    venue: { id: row.venue_id as string, name: row.venue_name as string, timeZone: row.time_zone as string, currency: row.currency as string },
    hall: { id: row.hall_id as string, name: row.hall_name as string },
    film: row.film_id
      ? {
          id: row.film_id as string,
          title: row.film_title as string,
          durationMinutes: Number(row.duration_minutes),
          ageRating: Number(row.age_rating),
          basePriceMinor: Number(row.base_price_minor),
        }
      : null,
    hallTypeCoefficients: row.hall_coefficients as string[],
    sessionTypeCoefficients: row.session_coefficients as string[],
    maxOrdinal: Number(row.max_ordinal),
  };
}

export interface ZoneRow {
  id: string;
  code: string;
  name: string;
  kind: 'seated' | 'general_admission';
  coefficient: string;
  color: string | null;
  capacity: number | null;
  /** This event's price of the zone (null: none set). */
  priceMinor: number | null;
}

/** The hall's zones in display order, with the event's zone prices. */
export async function readZonesWithPrices(db: Db, hallId: string, eventId: string): Promise<ZoneRow[]> {
  const rows = await queryRows<{
    id: string; code: string; name: string; kind: ZoneRow['kind']; coefficient: string; color: string | null; capacity: number | null; price_minor: number | string | null;
  }>(
    db,
    sql`select z.id, z.code, z.name, z.kind, z.coefficient::text as coefficient, z.color, z.capacity, p.price_minor
        from zones z left join event_zone_prices p on p.zone_id = z.id and p.event_id = ${eventId}
        where z.hall_id = ${hallId}
        order by z.sort_order, z.code`,
  );
  return rows.map(({ price_minor, ...zone }) => ({ ...zone, priceMinor: price_minor === null ? null : Number(price_minor) }));
}

export interface SeatRow {
  ordinal: number;
  zoneId: string;
  row: string;
  label: string;
  x: number;
  y: number;
}

/** Every seat of the hall in ordinal order: the input of the geometry, read once per hall version. */
export async function readHallSeats(db: Db, hallId: string): Promise<SeatRow[]> {
  return queryRows<SeatRow>(
    db,
    sql`select ordinal, zone_id as "zoneId", row_label as "row", seat_label as "label", x, y
        from seats where hall_id = ${hallId} order by ordinal`,
  );
}
