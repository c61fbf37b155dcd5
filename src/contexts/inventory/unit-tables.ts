import { type SQL, sql } from 'drizzle-orm';
import type { RefOf, UnitKind } from './units.ts';

// The SQL shape of each kind of unit: its table and its key columns. The repositories
// write one statement per operation and run it on each table; names come from here only,
// never from input, so sql.raw is safe.

interface KeyColumn {
  column: string;
  type: 'uuid' | 'int';
}

/** Where the rows of a kind live: all the SQL helpers need. */
export interface TableShape {
  table: string;
  key: readonly KeyColumn[];
}

export interface UnitTable<K extends UnitKind> extends TableShape {
  kind: K;
  keyValues(ref: RefOf<K>): (string | number)[];
  toRef(row: Record<string, unknown>): RefOf<K>;
}

const seatTable: UnitTable<'seat'> = {
  kind: 'seat',
  table: 'event_seats',
  key: [{ column: 'event_id', type: 'uuid' }, { column: 'seat_id', type: 'uuid' }],
  keyValues: (ref) => [ref.eventId, ref.seatId],
  toRef: (row) => ({ kind: 'seat', eventId: String(row.event_id), seatId: String(row.seat_id) }),
};

const placeTable: UnitTable<'place'> = {
  kind: 'place',
  table: 'event_places',
  key: [{ column: 'event_id', type: 'uuid' }, { column: 'zone_id', type: 'uuid' }, { column: 'place_no', type: 'int' }],
  keyValues: (ref) => [ref.eventId, ref.zoneId, ref.placeNo],
  toRef: (row) => ({ kind: 'place', eventId: String(row.event_id), zoneId: String(row.zone_id), placeNo: Number(row.place_no) }),
};

const serviceUnitTable: UnitTable<'unit'> = {
  kind: 'unit',
  table: 'service_units',
  key: [{ column: 'service_id', type: 'uuid' }, { column: 'unit_no', type: 'int' }],
  keyValues: (ref) => [ref.serviceId, ref.unitNo],
  toRef: (row) => ({ kind: 'unit', serviceId: String(row.service_id), unitNo: Number(row.unit_no) }),
};

export const unitTables: { [K in UnitKind]: UnitTable<K> } = { seat: seatTable, place: placeTable, unit: serviceUnitTable };

/** `event_seats` as an SQL identifier. */
export function tableName(spec: TableShape): SQL {
  return sql.raw(spec.table);
}

/** The key columns, each prefixed with `alias.`: `t.event_id, t.seat_id`. */
export function keyColumns(spec: TableShape, alias: string): SQL {
  return sql.raw(spec.key.map((k) => `${alias}.${k.column}`).join(', '));
}

/** `a.event_id = b.event_id and a.seat_id = b.seat_id`. */
export function keysEqual(spec: TableShape, a: string, b: string): SQL {
  return sql.raw(spec.key.map((k) => `${a}.${k.column} = ${b}.${k.column}`).join(' and '));
}

/**
 * A row source of the given keys (plus optional extra uuid columns, such as ticket ids),
 * passed as one array parameter per column, so the statement is the same whatever the count.
 */
export function keysSource<K extends UnitKind>(
  spec: UnitTable<K>,
  refs: readonly RefOf<K>[],
  extra: { column: string; values: readonly string[] }[] = [],
): SQL {
  const values = refs.map((ref) => spec.keyValues(ref));
  const arrays = spec.key.map((k, i) => sql`${sql.param(values.map((v) => v[i]))}::${sql.raw(k.type)}[]`);
  const extras = extra.map((e) => sql`${sql.param([...e.values])}::uuid[]`);
  const columns = [...spec.key.map((k) => k.column), ...extra.map((e) => e.column)].join(', ');
  return sql`select * from unnest(${sql.join([...arrays, ...extras], sql`, `)}) as w(${sql.raw(columns)})`;
}

/**
 * The same keys as a VALUES list, one row per key. The statement's text then depends on
 * the count, but the planner knows how many rows come in even in a cached (generic) plan,
 * where keysSource's arrays count as ten rows each: the seat claim, a named statement on
 * the on-sale path, relies on it to be planned once rather than on every claim.
 */
export function keysValues<K extends UnitKind>(spec: UnitTable<K>, refs: readonly RefOf<K>[]): SQL {
  const rows = refs.map((ref) => {
    const values = spec.keyValues(ref).map((value, i) => sql`${value}::${sql.raw(spec.key[i]!.type)}`);
    return sql`(${sql.join(values, sql`, `)})`;
  });
  const columns = spec.key.map((k) => k.column).join(', ');
  return sql`select * from (values ${sql.join(rows, sql`, `)}) as w(${sql.raw(columns)})`;
}

/** A timestamp parameter, explicit about its type on both drivers. */
export function at(date: Date): SQL {
  return sql`${date.toISOString()}::timestamptz`;
}
