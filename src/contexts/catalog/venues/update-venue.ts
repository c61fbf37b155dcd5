import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import type { UpdateVenueBody, VenueDetail } from '../contracts/venues.ts';
import { venueHasFilmSessions } from '../events/event-repository.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { venueNotFound } from '../shared/not-found.ts';
import { loadVenueDetail } from './venue-views.ts';
import { findVenue, updateVenueRow } from './venue-repository.ts';

/** Changes a venue's details; a cinema with film sessions stays a cinema. */
export async function updateVenue(db: Db, change: Change, venueId: string, body: UpdateVenueBody): Promise<VenueDetail> {
  return db.transaction(async (tx) => {
    const before = await findVenue(tx, venueId, { forUpdate: true });
    if (!before) throw venueNotFound();
    if (body.kind && body.kind !== before.kind && before.kind === 'cinema' && (await venueHasFilmSessions(tx, venueId))) {
      throw conflict('venue_has_film_sessions', 'This cinema has film sessions; it cannot become another kind of venue.', { field: 'body.kind' });
    }
    const after = await updateVenueRow(tx, venueId, body);
    await auditChange(tx, change, 'venue.updated', 'venue', venueId, { before, after });
    return loadVenueDetail(tx, venueId);
  });
}
