import type { Db } from '../../server/db/types.ts';
import { extendHeld } from './hold-repository.ts';
import { unitTables } from './unit-tables.ts';
import type { UnitCounts } from './units.ts';

/**
 * Moves the deadline of every unit the hold still has, even past its old deadline: a unit
 * that still carries this hold id was taken by nobody. Compare the counts with what the
 * hold should have; units lost meanwhile are claimed again with holdSeats/holdPlaces/holdUnits.
 */
export async function extendHold(db: Db, holdId: string, heldUntil: Date): Promise<UnitCounts> {
  return db.transaction(async (tx) => ({
    seats: (await extendHeld(tx, unitTables.seat, holdId, heldUntil)).length,
    places: (await extendHeld(tx, unitTables.place, holdId, heldUntil)).length,
    units: (await extendHeld(tx, unitTables.unit, holdId, heldUntil)).length,
  }));
}
