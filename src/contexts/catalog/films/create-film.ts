import type { Db } from '../../../server/db/types.ts';
import type { CreateFilmBody, FilmView } from '../contracts/films.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { insertFilm } from './film-repository.ts';
import { toFilmView } from './film-views.ts';

/** Adds a film with its base price, duration and age rating. */
export async function createFilm(db: Db, change: Change, body: CreateFilmBody): Promise<FilmView> {
  return db.transaction(async (tx) => {
    const film = await insertFilm(tx, { ...body, titleEn: body.titleEn ?? null, posterUrl: body.posterUrl ?? null });
    await auditChange(tx, change, 'film.created', 'film', film.id, { after: film });
    return toFilmView(film);
  });
}
