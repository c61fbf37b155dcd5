import type { Db } from '../../../server/db/types.ts';
import type { CreateHallBody, HallView } from '../contracts/venues.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { mapConstraintErrors } from '../shared/database-errors.ts';
import { venueNotFound } from '../shared/not-found.ts';
import { assertHallNameFree, checkHallTypeIds, hallNameTaken } from './hall-checks.ts';
import { insertHall } from './hall-repository.ts';
import { loadHallViews } from './venue-views.ts';
import { findVenue, replaceHallTypes } from './venue-repository.ts';

/** Adds a hall to a venue with its hall types; zones and seats come next (create-zone, import-hall-layout). */
export async function createHall(db: Db, change: Change, venueId: string, body: CreateHallBody): Promise<HallView> {
  return mapConstraintErrors(
    () =>
      db.transaction(async (tx) => {
        if (!(await findVenue(tx, venueId))) throw venueNotFound();
        await assertHallNameFree(tx, venueId, body.name);
        const hallTypeIds = await checkHallTypeIds(tx, body.hallTypeIds);
        const hall = await insertHall(tx, { venueId, name: body.name, description: body.description });
        await replaceHallTypes(tx, hall.id, hallTypeIds);
        await auditChange(tx, change, 'hall.created', 'hall', hall.id, { after: { ...hall, hallTypeIds } });
        const [view] = await loadHallViews(tx, [hall]);
        if (!view) throw new Error('the new hall could not be read back');
        return view;
      }),
    { halls_venue_id_name_key: hallNameTaken },
  );
}
