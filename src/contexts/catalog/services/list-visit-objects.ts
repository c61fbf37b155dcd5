import type { Db } from '../../../server/db/types.ts';
import type { VisitObjectView } from '../contracts/services.ts';
import { listVisitObjectRows } from './option-repository.ts';

/** A venue's visit objects (every venue's when none is named), by name. */
export async function listVisitObjects(db: Db, query: { venueId?: string | undefined }): Promise<{ items: VisitObjectView[] }> {
  return { items: await listVisitObjectRows(db, query.venueId) };
}
