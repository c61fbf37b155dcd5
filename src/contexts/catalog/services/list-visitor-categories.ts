import type { Db } from '../../../server/db/types.ts';
import type { VisitorCategoryView } from '../contracts/services.ts';
import { listVisitorCategoryRows } from './option-repository.ts';

/** Every visitor category, by code. */
export async function listVisitorCategories(db: Db): Promise<{ items: VisitorCategoryView[] }> {
  return { items: await listVisitorCategoryRows(db) };
}
