import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../../server/db/types.ts';
import type { LayoutRow } from './hall-layout.ts';

// The demo writes the catalog tables with plain SQL, so it does not wait on the
// catalog's own write API, and bulk rows go in as one jsonb parameter per statement.

/** Runs an insert … returning id and gives the id. */
export async function insertId(db: Db, query: SQL): Promise<string> {
  const [row] = await queryRows<{ id: string }>(db, query);
  if (!row) throw new Error('insert returned no id');
  return row.id;
}

/** Inserts many rows of one shape as a jsonb array; gives back the requested `key` → id. */
export async function insertMany(db: Db, query: (records: SQL) => SQL, records: readonly object[]): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; key: string }>(db, query(sql`${JSON.stringify(records)}::jsonb`));
  return new Map(rows.map((row) => [row.key, row.id]));
}

/** Adds the hall's seats from row runs: one statement expands every run with generate_series. */
export async function insertSeats(db: Db, hallId: string, zoneIds: ReadonlyMap<string, string>, rows: readonly LayoutRow[]): Promise<void> {
  const records = rows.map((row) => ({
    zone_id: zoneIds.get(row.zone) ?? fail(`no zone ${row.zone}`),
    row_label: row.row,
    first_ordinal: row.firstOrdinal,
    x: row.x,
    y: row.y,
    dx: row.dx,
    dy: row.dy,
    n: row.count,
  }));
  await db.execute(sql`
    insert into seats (hall_id, zone_id, row_label, seat_label, ordinal, x, y)
    select ${hallId}::uuid, r.zone_id, r.row_label, (i + 1)::text, r.first_ordinal + i,
           round((r.x + i * r.dx)::numeric, 2), round((r.y + i * r.dy)::numeric, 2)
    from jsonb_to_recordset(${JSON.stringify(records)}::jsonb)
      as r(zone_id uuid, row_label text, first_ordinal int, x float8, y float8, dx float8, dy float8, n int)
    cross join lateral generate_series(0, r.n - 1) as i
    order by r.first_ordinal + i`);
}

function fail(message: string): never {
  throw new Error(message);
}
