import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';

/**
 * A Drizzle database or a transaction on it: both drivers (node-postgres and PGlite)
 * give this shape, and a transaction is itself usable wherever a database is.
 * Use cases receive one of these, so a caller can compose several in one transaction.
 */
export type Db = PgDatabase<PgQueryResultHKT>;

export type DatabaseKind = 'pglite' | 'postgres';

/** One dedicated connection, for work that needs multi-statement scripts or session locks. */
export interface RawSession {
  exec(text: string): Promise<void>;
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** Runs `work` on one dedicated connection (PGlite has only one). */
  withSession<T>(work: (session: RawSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Runs raw SQL and returns its rows, whichever driver is underneath. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
