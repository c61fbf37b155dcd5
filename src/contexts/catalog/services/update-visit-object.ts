import type { Db } from '../../../server/db/types.ts';
import type { UpdateVisitObjectBody, VisitObjectView } from '../contracts/services.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { visitObjectNotFound } from '../shared/not-found.ts';
import { findVisitObjects, updateVisitObjectRow } from './option-repository.ts';

/** Renames or redescribes a visit object. */
export async function updateVisitObject(db: Db, change: Change, visitObjectId: string, body: UpdateVisitObjectBody): Promise<VisitObjectView> {
  return db.transaction(async (tx) => {
    const [before] = await findVisitObjects(tx, [visitObjectId]);
    if (!before) throw visitObjectNotFound();
    const after = await updateVisitObjectRow(tx, visitObjectId, body);
    if (!after) throw visitObjectNotFound();
    await auditChange(tx, change, 'visit_object.updated', 'visit_object', visitObjectId, { before, after });
    return after;
  });
}
