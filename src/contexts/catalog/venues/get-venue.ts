import type { Db } from '../../../server/db/types.ts';
import type { VenueDetail } from '../contracts/venues.ts';
import { loadVenueDetail } from './venue-views.ts';

/** A venue with its halls, hall types, zones and session types; 404 venue_not_found if unknown. */
export async function getVenue(db: Db, venueId: string): Promise<VenueDetail> {
  return loadVenueDetail(db, venueId);
}
