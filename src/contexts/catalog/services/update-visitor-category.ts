import type { Db } from '../../../server/db/types.ts';
import type { UpdateVisitorCategoryBody, VisitorCategoryView } from '../contracts/services.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { visitorCategoryNotFound } from '../shared/not-found.ts';
import { findVisitorCategories, updateVisitorCategoryRow } from './option-repository.ts';

/** Renames a visitor category; its code stays, since contracts and price tables refer to it. */
export async function updateVisitorCategory(
  db: Db,
  change: Change,
  visitorCategoryId: string,
  body: UpdateVisitorCategoryBody,
): Promise<VisitorCategoryView> {
  return db.transaction(async (tx) => {
    const [before] = await findVisitorCategories(tx, [visitorCategoryId]);
    if (!before) throw visitorCategoryNotFound();
    const after = await updateVisitorCategoryRow(tx, visitorCategoryId, body);
    if (!after) throw visitorCategoryNotFound();
    await auditChange(tx, change, 'visitor_category.updated', 'visitor_category', visitorCategoryId, { before, after });
    return after;
  });
}
