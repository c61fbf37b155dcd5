import type { Db } from '../../server/db/types.ts';
import { releaseHeld } from './hold-repository.ts';
import { unitTables } from './unit-tables.ts';
import { isKind, type UnitCounts, type UnitRef } from './units.ts';

/**
 * Puts back on sale what the hold still has (sold units stay sold), or only the listed
 * units (a line refused or changed by staff). Releasing twice, or a hold that has
 * expired and been taken, frees nothing and is not an error.
 */
export async function releaseHold(db: Db, holdId: string, only?: readonly UnitRef[]): Promise<UnitCounts> {
  return db.transaction(async (tx) => ({
    seats: (await releaseHeld(tx, unitTables.seat, holdId, only?.filter(isKind('seat')))).length,
    places: (await releaseHeld(tx, unitTables.place, holdId, only?.filter(isKind('place')))).length,
    units: (await releaseHeld(tx, unitTables.unit, holdId, only?.filter(isKind('unit')))).length,
  }));
}
