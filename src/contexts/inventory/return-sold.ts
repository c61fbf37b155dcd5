import type { Db } from '../../server/db/types.ts';
import { returnSoldUnits } from './hold-repository.ts';
import { unitTables } from './unit-tables.ts';
import type { UnitRef } from './units.ts';

export interface ReturnedUnit {
  unit: UnitRef;
  ticketId: string;
}

/**
 * Puts the units of returned tickets back on sale (sold -> free). Returns the units
 * freed; a ticket without a unit (a museum visit, an uncounted good) or already
 * returned frees nothing, so the caller compares the list with what it expects.
 */
export async function returnSold(db: Db, ticketIds: readonly string[]): Promise<ReturnedUnit[]> {
  if (ticketIds.length === 0) return [];
  return db.transaction(async (tx) => [
    ...(await returnSoldUnits(tx, unitTables.seat, ticketIds)),
    ...(await returnSoldUnits(tx, unitTables.place, ticketIds)),
    ...(await returnSoldUnits(tx, unitTables.unit, ticketIds)),
  ]);
}
