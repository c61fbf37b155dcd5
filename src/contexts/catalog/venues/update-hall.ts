import type { Db } from '../../../server/db/types.ts';
import type { HallView, UpdateHallBody } from '../contracts/venues.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { mapConstraintErrors } from '../shared/database-errors.ts';
import { hallNotFound } from '../shared/not-found.ts';
import { assertHallNameFree, checkHallTypeIds, hallNameTaken } from './hall-checks.ts';
import { findHall, updateHallRow } from './hall-repository.ts';
import { loadHallViews } from './venue-views.ts';
import { hallTypesOfHalls, replaceHallTypes } from './venue-repository.ts';

/** Renames a hall or changes its hall types (unsold cinema tickets are then priced with the new types). */
export async function updateHall(db: Db, change: Change, hallId: string, body: UpdateHallBody): Promise<HallView> {
  return mapConstraintErrors(
    () =>
      db.transaction(async (tx) => {
        const before = await findHall(tx, hallId, { lock: 'update' });
        if (!before) throw hallNotFound();
        if (body.name !== undefined) await assertHallNameFree(tx, before.venueId, body.name, hallId);
        const typesBefore = ((await hallTypesOfHalls(tx, [hallId])).get(hallId) ?? []).map((type) => type.id);
        const { hallTypeIds, ...patch } = body;
        const after = await updateHallRow(tx, hallId, patch);
        if (!after) throw hallNotFound();
        const typesAfter = hallTypeIds === undefined ? typesBefore : await checkHallTypeIds(tx, hallTypeIds);
        if (hallTypeIds !== undefined) await replaceHallTypes(tx, hallId, typesAfter);
        await auditChange(tx, change, 'hall.updated', 'hall', hallId, {
          before: { ...before, hallTypeIds: typesBefore },
          after: { ...after, hallTypeIds: typesAfter },
        });
        const [view] = await loadHallViews(tx, [after]);
        if (!view) throw new Error('the hall could not be read back');
        return view;
      }),
    { halls_venue_id_name_key: hallNameTaken },
  );
}
