import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../server/db/types.ts';
import { at, keyColumns, keysEqual, keysSource, tableName, type TableShape, type UnitTable } from './unit-tables.ts';
import type { RefOf, UnitKind } from './units.ts';

// Writes to the rows of one hold, one statement per table. Each locks its rows in key
// order first (the order the claims use), so it never waits in a cycle with a claim.

type Row = Record<string, unknown>;

/** Locks the rows picked by `pick` (aliased `t`) in key order, then applies `set` to them. */
async function lockedUpdate(db: Db, spec: TableShape, pick: SQL, set: SQL, extraColumns = sql``): Promise<Row[]> {
  return queryRows<Row>(
    db,
    sql`
      with picked as materialized (
        select ${keyColumns(spec, 't')}${extraColumns} ${pick}
        order by ${keyColumns(spec, 't')}
        for update of t
      )
      update ${tableName(spec)} t set ${set}
      from picked p
      where ${keysEqual(spec, 't', 'p')}
      returning p.*`,
  );
}

/** Moves the deadline of every row still held by the hold, expired or not (nobody took them). */
export async function extendHeld<K extends UnitKind>(db: Db, spec: UnitTable<K>, holdId: string, heldUntil: Date): Promise<RefOf<K>[]> {
  const rows = await lockedUpdate(
    db,
    spec,
    sql`from ${tableName(spec)} t where t.hold_id = ${holdId} and t.status = 'held'`,
    sql`held_until = ${at(heldUntil)}`,
  );
  return rows.map((row) => spec.toRef(row));
}

/** Frees the rows still held by the hold (all of them, or only those listed). */
export async function releaseHeld<K extends UnitKind>(db: Db, spec: UnitTable<K>, holdId: string, only?: readonly RefOf<K>[]): Promise<RefOf<K>[]> {
  if (only?.length === 0) return [];
  const source = only ? sql`join (${keysSource(spec, only)}) w on ${keysEqual(spec, 't', 'w')}` : sql``;
  const rows = await lockedUpdate(
    db,
    spec,
    sql`from ${tableName(spec)} t ${source} where t.hold_id = ${holdId} and t.status = 'held'`,
    sql`status = 'free', hold_id = null, held_until = null`,
  );
  return rows.map((row) => spec.toRef(row));
}

/** Turns held rows of the hold into sold ones, each with its ticket; only rows whose hold is still running. */
export async function sellHeld<K extends UnitKind>(
  db: Db,
  spec: UnitTable<K>,
  terms: { holdId: string; now: Date },
  sales: readonly { unit: RefOf<K>; ticketId: string }[],
): Promise<RefOf<K>[]> {
  if (sales.length === 0) return [];
  const source = keysSource(spec, sales.map((s) => s.unit), [{ column: 'ticket_id', values: sales.map((s) => s.ticketId) }]);
  const rows = await lockedUpdate(
    db,
    spec,
    sql`from ${tableName(spec)} t join (${source}) w on ${keysEqual(spec, 't', 'w')}
        where t.hold_id = ${terms.holdId} and t.status = 'held' and t.held_until >= ${at(terms.now)}`,
    sql`status = 'sold', held_until = null, ticket_id = p.ticket_id`,
    sql`, w.ticket_id`,
  );
  return rows.map((row) => spec.toRef(row));
}

export interface UnitState<K extends UnitKind> {
  unit: RefOf<K>;
  status: string;
  holdId: string | null;
  heldUntil: Date | null;
}

/** The current state of the listed rows (those that exist). */
export async function unitStates<K extends UnitKind>(db: Db, spec: UnitTable<K>, refs: readonly RefOf<K>[]): Promise<UnitState<K>[]> {
  if (refs.length === 0) return [];
  const rows = await queryRows<Row>(
    db,
    sql`select t.*, t.held_until::text as held_until_text from ${tableName(spec)} t join (${keysSource(spec, refs)}) w on ${keysEqual(spec, 't', 'w')}`,
  );
  return rows.map((row) => ({
    unit: spec.toRef(row),
    status: String(row.status),
    holdId: row.hold_id == null ? null : String(row.hold_id),
    heldUntil: row.held_until_text == null ? null : new Date(String(row.held_until_text)),
  }));
}

/** Puts the sold rows of these tickets back on sale; says which ticket freed which row. */
export async function returnSoldUnits<K extends UnitKind>(
  db: Db,
  spec: UnitTable<K>,
  ticketIds: readonly string[],
): Promise<{ unit: RefOf<K>; ticketId: string }[]> {
  const rows = await lockedUpdate(
    db,
    spec,
    sql`from ${tableName(spec)} t where t.ticket_id = any(${sql.param([...ticketIds])}::uuid[]) and t.status = 'sold'`,
    sql`status = 'free', hold_id = null, held_until = null, ticket_id = null`,
    sql`, t.ticket_id`,
  );
  return rows.map((row) => ({ unit: spec.toRef(row), ticketId: String(row.ticket_id) }));
}

/** Up to `limit` holds with rows past their deadline, the longest expired first. */
export async function findExpiredHolds(db: Db, now: Date, limit: number): Promise<string[]> {
  const rows = await queryRows<{ hold_id: string }>(
    db,
    sql`
      select hold_id from (
        select hold_id, held_until from event_seats where status = 'held' and held_until < ${at(now)}
        union all
        select hold_id, held_until from event_places where status = 'held' and held_until < ${at(now)}
        union all
        select hold_id, held_until from service_units where status = 'held' and held_until < ${at(now)}
      ) expired
      group by hold_id
      order by min(held_until), hold_id
      limit ${limit}`,
  );
  return rows.map((r) => r.hold_id);
}

/**
 * Frees the expired rows of these holds, skipping rows another transaction has locked
 * (a sale or a claim in progress settles them); returns the hold id of each freed row.
 */
export async function freeExpired(db: Db, spec: TableShape, holdIds: readonly string[], now: Date): Promise<string[]> {
  const rows = await queryRows<{ hold_id: string }>(
    db,
    sql`
      with expired as materialized (
        select ${keyColumns(spec, 't')}, t.hold_id from ${tableName(spec)} t
        where t.hold_id = any(${sql.param([...holdIds])}::uuid[]) and t.status = 'held' and t.held_until < ${at(now)}
        order by ${keyColumns(spec, 't')}
        for update of t skip locked
      )
      update ${tableName(spec)} t set status = 'free', hold_id = null, held_until = null
      from expired e
      where ${keysEqual(spec, 't', 'e')}
      returning e.hold_id`,
  );
  return rows.map((r) => r.hold_id);
}
