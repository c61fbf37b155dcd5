import type { Db } from '../../../server/db/types.ts';
import type { FilmListQuery, FilmView } from '../contracts/films.ts';
import { listFilmRows } from './film-repository.ts';
import { toFilmView } from './film-views.ts';

/** A page of films by title. */
export async function listFilms(db: Db, query: FilmListQuery): Promise<{ items: FilmView[]; total: number; limit: number; offset: number }> {
  const { rows, total } = await listFilmRows(db, query);
  return { items: rows.map(toFilmView), total, limit: query.limit, offset: query.offset };
}
