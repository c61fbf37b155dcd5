import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { hallHallTypes, hallTypes, venues } from '../tables.ts';

// SQL for venues and hall types (halls, zones and seats: hall-repository.ts).

export type VenueRow = typeof venues.$inferSelect;
export type HallTypeRow = typeof hallTypes.$inferSelect;

export async function insertVenue(db: Db, values: typeof venues.$inferInsert): Promise<VenueRow> {
  const [row] = await db.insert(venues).values(values).returning();
  if (!row) throw new Error('venue insert returned no row');
  return row;
}

export async function updateVenueRow(db: Db, id: string, patch: Partial<typeof venues.$inferInsert>): Promise<VenueRow | undefined> {
  if (Object.keys(patch).length === 0) return findVenue(db, id);
  const [row] = await db.update(venues).set(patch).where(eq(venues.id, id)).returning();
  return row;
}

export async function findVenue(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<VenueRow | undefined> {
  const query = db.select().from(venues).where(eq(venues.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findVenueByName(db: Db, name: string): Promise<VenueRow | undefined> {
  const [row] = await db.select().from(venues).where(eq(venues.name, name)).limit(1);
  return row;
}

export async function listVenueRows(db: Db, kind?: VenueRow['kind']): Promise<VenueRow[]> {
  return db
    .select()
    .from(venues)
    .where(kind ? eq(venues.kind, kind) : undefined)
    .orderBy(asc(venues.name), asc(venues.id));
}

export async function insertHallType(db: Db, values: typeof hallTypes.$inferInsert): Promise<HallTypeRow> {
  const [row] = await db.insert(hallTypes).values(values).returning();
  if (!row) throw new Error('hall type insert returned no row');
  return row;
}

export async function updateHallTypeRow(db: Db, id: string, patch: Partial<typeof hallTypes.$inferInsert>): Promise<HallTypeRow | undefined> {
  if (Object.keys(patch).length === 0) return (await findHallTypes(db, [id]))[0];
  const [row] = await db.update(hallTypes).set(patch).where(eq(hallTypes.id, id)).returning();
  return row;
}

export async function findHallTypes(db: Db, ids: readonly string[]): Promise<HallTypeRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(hallTypes).where(inArray(hallTypes.id, [...ids]));
}

export async function findHallTypesByCode(db: Db, codes: readonly string[]): Promise<HallTypeRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(hallTypes).where(inArray(hallTypes.code, [...codes]));
}

export async function listHallTypeRows(db: Db): Promise<HallTypeRow[]> {
  return db.select().from(hallTypes).orderBy(asc(hallTypes.code));
}

/** The hall types of each hall, by hall id. */
export async function hallTypesOfHalls(db: Db, hallIds: readonly string[]): Promise<Map<string, HallTypeRow[]>> {
  const byHall = new Map<string, HallTypeRow[]>(hallIds.map((id) => [id, []]));
  if (hallIds.length === 0) return byHall;
  const rows = await db
    .select({ hallId: hallHallTypes.hallId, type: hallTypes })
    .from(hallHallTypes)
    .innerJoin(hallTypes, eq(hallTypes.id, hallHallTypes.hallTypeId))
    .where(inArray(hallHallTypes.hallId, [...hallIds]))
    .orderBy(asc(hallTypes.code));
  for (const row of rows) byHall.get(row.hallId)?.push(row.type);
  return byHall;
}

/** Makes `hallTypeIds` the hall's types, exactly. */
export async function replaceHallTypes(db: Db, hallId: string, hallTypeIds: readonly string[]): Promise<void> {
  await db.delete(hallHallTypes).where(eq(hallHallTypes.hallId, hallId));
  if (hallTypeIds.length > 0) await db.insert(hallHallTypes).values(hallTypeIds.map((hallTypeId) => ({ hallId, hallTypeId })));
}
