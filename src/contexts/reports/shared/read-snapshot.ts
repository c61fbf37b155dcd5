import type { Db } from '../../../server/db/types.ts';

/**
 * Runs a report's several reads in one read-only snapshot, so its rows and totals (or its
 * two lists) never mix two moments when payments land meanwhile on PostgreSQL.
 */
export function readSnapshot<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}
