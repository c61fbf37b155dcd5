import type { Db } from '../../../server/db/types.ts';
import type { FilmView } from '../contracts/films.ts';
import { filmNotFound } from '../shared/not-found.ts';
import { findFilm } from './film-repository.ts';
import { toFilmView } from './film-views.ts';

/** One film; 404 film_not_found if unknown. */
export async function getFilm(db: Db, filmId: string): Promise<FilmView> {
  const film = await findFilm(db, filmId);
  if (!film) throw filmNotFound();
  return toFilmView(film);
}
