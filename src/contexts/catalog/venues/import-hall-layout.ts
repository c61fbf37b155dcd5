import type { Db } from '../../../server/db/types.ts';
import { badRequest, conflict } from '../../../shared/errors.ts';
import type { HallLayoutBody, HallView } from '../contracts/venues.ts';
import { applyHallLayout } from '../import/apply-hall-layout.ts';
import { expandLayout } from '../import/expand-layout.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { hallNotFound } from '../shared/not-found.ts';
import { findHall, hallHasEvents } from './hall-repository.ts';
import { loadHallViews } from './venue-views.ts';

/**
 * Replaces a hall's zones, rows and seats with a layout in the import file's format
 * (docs/catalog-import.md). Only while no event uses the hall: sold tickets point at
 * its seats, and a layout change must never move a sold seat.
 */
export async function importHallLayout(db: Db, change: Change, hallId: string, body: HallLayoutBody): Promise<HallView> {
  const { seats, issues } = expandLayout(body.zones);
  const [issue] = issues;
  if (issue) throw badRequest('layout_invalid', issue.message, { field: ['body', ...issue.path].join('.') });
  return db.transaction(async (tx) => {
    const hall = await findHall(tx, hallId, { lock: 'update' });
    if (!hall) throw hallNotFound();
    if (await hallHasEvents(tx, hallId)) {
      throw conflict('hall_has_events', 'Events use this hall, so its seats may not change; add zones or change coefficients instead.');
    }
    const counts = await applyHallLayout(tx, hallId, body.zones, seats);
    await auditChange(tx, change, 'hall.layout_imported', 'hall', hallId, { after: counts });
    const [view] = await loadHallViews(tx, [hall]);
    if (!view) throw new Error('the hall could not be read back');
    return view;
  });
}
