import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { eventSessionTypes, sessionTypes } from '../tables.ts';

export type SessionTypeRow = typeof sessionTypes.$inferSelect;

export async function insertSessionType(db: Db, values: typeof sessionTypes.$inferInsert): Promise<SessionTypeRow> {
  const [row] = await db.insert(sessionTypes).values(values).returning();
  if (!row) throw new Error('session type insert returned no row');
  return row;
}

export async function updateSessionTypeRow(db: Db, id: string, patch: Partial<typeof sessionTypes.$inferInsert>): Promise<SessionTypeRow | undefined> {
  if (Object.keys(patch).length === 0) return (await findSessionTypes(db, [id]))[0];
  const [row] = await db.update(sessionTypes).set(patch).where(eq(sessionTypes.id, id)).returning();
  return row;
}

export async function findSessionTypes(db: Db, ids: readonly string[], options: { lock?: 'update' | 'share' } = {}): Promise<SessionTypeRow[]> {
  if (ids.length === 0) return [];
  const query = db.select().from(sessionTypes).where(inArray(sessionTypes.id, [...ids]));
  return options.lock ? query.for(options.lock) : query;
}

/** A session type with this code in the venue, or shared when `venueId` is null (the unique key lets shared codes repeat). */
export async function findSessionTypeByCode(db: Db, venueId: string | null, code: string): Promise<SessionTypeRow | undefined> {
  const [row] = await db
    .select()
    .from(sessionTypes)
    .where(and(eq(sessionTypes.code, code), venueId ? eq(sessionTypes.venueId, venueId) : isNull(sessionTypes.venueId)));
  return row;
}

/** The venue's own session types and the shared ones; every type when `venueId` is absent. */
export async function listSessionTypeRows(db: Db, venueId?: string): Promise<SessionTypeRow[]> {
  return db
    .select()
    .from(sessionTypes)
    .where(venueId ? or(eq(sessionTypes.venueId, venueId), isNull(sessionTypes.venueId)) : undefined)
    .orderBy(sql`${sessionTypes.venueId} nulls first`, asc(sessionTypes.code));
}

/** The session types of each event, by event id. */
export async function sessionTypesOfEvents(db: Db, eventIds: readonly string[]): Promise<Map<string, SessionTypeRow[]>> {
  const byEvent = new Map<string, SessionTypeRow[]>(eventIds.map((id) => [id, []]));
  if (eventIds.length === 0) return byEvent;
  const rows = await db
    .select({ eventId: eventSessionTypes.eventId, type: sessionTypes })
    .from(eventSessionTypes)
    .innerJoin(sessionTypes, eq(sessionTypes.id, eventSessionTypes.sessionTypeId))
    .where(inArray(eventSessionTypes.eventId, [...eventIds]))
    .orderBy(asc(sessionTypes.code));
  for (const row of rows) byEvent.get(row.eventId)?.push(row.type);
  return byEvent;
}
