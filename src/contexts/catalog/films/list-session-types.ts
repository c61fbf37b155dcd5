import type { Db } from '../../../server/db/types.ts';
import type { SessionTypeView } from '../contracts/films.ts';
import { toSessionTypeView } from './film-views.ts';
import { listSessionTypeRows } from './session-type-repository.ts';

/** Session types: a venue's own and the shared ones, or all of them. */
export async function listSessionTypes(db: Db, query: { venueId?: string | undefined }): Promise<{ items: SessionTypeView[] }> {
  return { items: (await listSessionTypeRows(db, query.venueId)).map(toSessionTypeView) };
}
