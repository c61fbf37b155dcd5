import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { visitObjects, visitorCategories } from '../tables.ts';

// SQL for visit objects (a venue's exhibitions, buildings) and visitor categories (shared by all venues).

export type VisitObjectRow = typeof visitObjects.$inferSelect;
export type VisitorCategoryRow = typeof visitorCategories.$inferSelect;

export async function insertVisitObject(db: Db, values: typeof visitObjects.$inferInsert): Promise<VisitObjectRow> {
  const [row] = await db.insert(visitObjects).values(values).returning();
  if (!row) throw new Error('visit object insert returned no row');
  return row;
}

export async function updateVisitObjectRow(db: Db, id: string, patch: Partial<typeof visitObjects.$inferInsert>): Promise<VisitObjectRow | undefined> {
  if (Object.keys(patch).length === 0) return (await findVisitObjects(db, [id]))[0];
  const [row] = await db.update(visitObjects).set(patch).where(eq(visitObjects.id, id)).returning();
  return row;
}

export async function findVisitObjects(db: Db, ids: readonly string[]): Promise<VisitObjectRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(visitObjects).where(inArray(visitObjects.id, [...ids]));
}

export async function listVisitObjectRows(db: Db, venueId?: string): Promise<VisitObjectRow[]> {
  return db
    .select()
    .from(visitObjects)
    .where(venueId ? eq(visitObjects.venueId, venueId) : undefined)
    .orderBy(asc(visitObjects.name), asc(visitObjects.id));
}

export async function insertVisitorCategory(db: Db, values: typeof visitorCategories.$inferInsert): Promise<VisitorCategoryRow> {
  const [row] = await db.insert(visitorCategories).values(values).returning();
  if (!row) throw new Error('visitor category insert returned no row');
  return row;
}

export async function updateVisitorCategoryRow(
  db: Db,
  id: string,
  patch: Partial<typeof visitorCategories.$inferInsert>,
): Promise<VisitorCategoryRow | undefined> {
  if (Object.keys(patch).length === 0) return (await findVisitorCategories(db, [id]))[0];
  const [row] = await db.update(visitorCategories).set(patch).where(eq(visitorCategories.id, id)).returning();
  return row;
}

export async function findVisitorCategories(db: Db, ids: readonly string[]): Promise<VisitorCategoryRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(visitorCategories).where(inArray(visitorCategories.id, [...ids]));
}

export async function findVisitorCategoryByCode(db: Db, code: string): Promise<VisitorCategoryRow | undefined> {
  const [row] = await db.select().from(visitorCategories).where(eq(visitorCategories.code, code));
  return row;
}

export async function listVisitorCategoryRows(db: Db): Promise<VisitorCategoryRow[]> {
  return db.select().from(visitorCategories).orderBy(asc(visitorCategories.code));
}
