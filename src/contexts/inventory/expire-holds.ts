import type { Db } from '../../server/db/types.ts';
import { findExpiredHolds, freeExpired } from './hold-repository.ts';
import { unitTables } from './unit-tables.ts';
import { unitKinds } from './units.ts';

/**
 * Frees the units of up to `limit` holds whose deadline passed before `now` and
 * returns those holds' ids, so booking can move their requests and orders. Rows another
 * transaction has locked are skipped (several workers may run at once); a hold split
 * that way may be reported again by a later run, so the caller's move must be idempotent.
 */
export async function expireHolds(db: Db, now: Date, limit: number): Promise<string[]> {
  return db.transaction(async (tx) => {
    const candidates = await findExpiredHolds(tx, now, limit);
    if (candidates.length === 0) return [];
    const freed = new Set<string>();
    for (const kind of unitKinds) {
      for (const holdId of await freeExpired(tx, unitTables[kind], candidates, now)) freed.add(holdId);
    }
    return candidates.filter((id) => freed.has(id));
  });
}
