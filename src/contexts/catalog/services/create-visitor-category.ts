import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import type { CreateVisitorCategoryBody, VisitorCategoryView } from '../contracts/services.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { mapConstraintErrors } from '../shared/database-errors.ts';
import { findVisitorCategoryByCode, insertVisitorCategory } from './option-repository.ts';

const codeTaken = () => conflict('visitor_category_code_taken', 'A visitor category with this code exists already.', { field: 'body.code' });

/** Adds a visitor category (adult, child, student, ...); categories are shared by every venue. */
export async function createVisitorCategory(db: Db, change: Change, body: CreateVisitorCategoryBody): Promise<VisitorCategoryView> {
  return mapConstraintErrors(
    () =>
      db.transaction(async (tx) => {
        if (await findVisitorCategoryByCode(tx, body.code)) throw codeTaken();
        const row = await insertVisitorCategory(tx, { ...body, nameEn: body.nameEn ?? null });
        await auditChange(tx, change, 'visitor_category.created', 'visitor_category', row.id, { after: row });
        return row;
      }),
    { visitor_categories_code_key: codeTaken },
  );
}
