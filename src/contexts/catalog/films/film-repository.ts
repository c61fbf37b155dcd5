import { asc, count, eq, ilike, inArray } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { films } from '../tables.ts';
import type { FilmRow } from './film-views.ts';

export async function insertFilm(db: Db, values: typeof films.$inferInsert): Promise<FilmRow> {
  const [row] = await db.insert(films).values(values).returning();
  if (!row) throw new Error('film insert returned no row');
  return row;
}

export async function updateFilmRow(db: Db, id: string, patch: Partial<typeof films.$inferInsert>): Promise<FilmRow | undefined> {
  if (Object.keys(patch).length === 0) return findFilm(db, id);
  const [row] = await db.update(films).set(patch).where(eq(films.id, id)).returning();
  return row;
}

/** `lock`: 'update' to change the film, 'share' to keep its duration still while a session is planned. */
export async function findFilm(db: Db, id: string, options: { lock?: 'update' | 'share' } = {}): Promise<FilmRow | undefined> {
  const query = db.select().from(films).where(eq(films.id, id));
  const [row] = options.lock ? await query.for(options.lock) : await query;
  return row;
}

export async function findFilmRows(db: Db, ids: readonly string[]): Promise<FilmRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(films).where(inArray(films.id, [...ids]));
}

/** A page of films by title, optionally those whose title contains `q`. */
export async function listFilmRows(db: Db, query: { q?: string | undefined; limit: number; offset: number }): Promise<{ rows: FilmRow[]; total: number }> {
  const where = query.q ? ilike(films.title, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined;
  const rows = await db.select().from(films).where(where).orderBy(asc(films.title), asc(films.id)).limit(query.limit).offset(query.offset);
  const [totals] = await db.select({ total: count() }).from(films).where(where);
  return { rows, total: Number(totals?.total ?? 0) };
}
