import type { Db } from '../../../server/db/types.ts';
import type { CreateVenueBody, VenueDetail } from '../contracts/venues.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { loadVenueDetail } from './venue-views.ts';
import { insertVenue } from './venue-repository.ts';

/** Creates a venue (no halls yet) and records who did it. */
export async function createVenue(db: Db, change: Change, body: CreateVenueBody): Promise<VenueDetail> {
  return db.transaction(async (tx) => {
    const venue = await insertVenue(tx, { ...body, nameEn: body.nameEn ?? null });
    await auditChange(tx, change, 'venue.created', 'venue', venue.id, { after: venue });
    return loadVenueDetail(tx, venue.id);
  });
}
