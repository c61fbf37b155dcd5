import type { Db } from '../../../server/db/types.ts';
import type { VenueSummary } from '../contracts/venues.ts';
import type { VenueKind } from '../tables.ts';
import { toVenueSummary } from './venue-views.ts';
import { listVenueRows } from './venue-repository.ts';

/** Every venue (of one kind, if asked), by name. */
export async function listVenues(db: Db, query: { kind?: VenueKind | undefined }): Promise<{ items: VenueSummary[] }> {
  return { items: (await listVenueRows(db, query.kind)).map(toVenueSummary) };
}
