import type { Db } from '../../../server/db/types.ts';
import type { HallTypeView, UpdateHallTypeBody } from '../contracts/venues.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { hallTypeNotFound } from '../shared/not-found.ts';
import { toHallTypeView } from './venue-views.ts';
import { findHallTypes, updateHallTypeRow } from './venue-repository.ts';

/** Renames a hall type or changes its coefficient; unsold tickets are priced with the new one, sold ones keep theirs. */
export async function updateHallType(db: Db, change: Change, hallTypeId: string, body: UpdateHallTypeBody): Promise<HallTypeView> {
  return db.transaction(async (tx) => {
    const [before] = await findHallTypes(tx, [hallTypeId]);
    if (!before) throw hallTypeNotFound();
    const after = await updateHallTypeRow(tx, hallTypeId, body);
    if (!after) throw hallTypeNotFound();
    await auditChange(tx, change, 'hall_type.updated', 'hall_type', hallTypeId, { before, after });
    return toHallTypeView(after);
  });
}
