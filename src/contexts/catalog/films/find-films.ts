import type { Db } from '../../../server/db/types.ts';
import type { AgeRating } from '../tables.ts';
import { findFilmRows } from './film-repository.ts';

/** A film as reports and tickets name it. */
export interface FilmFacts {
  id: string;
  title: string;
  titleEn: string | null;
  durationMinutes: number;
  ageRating: AgeRating;
  basePriceMinor: number;
}

/** The films among `filmIds` (unknown ids are left out), e.g. to name the films of a report. */
export async function findFilms(db: Db, filmIds: readonly string[]): Promise<FilmFacts[]> {
  const rows = await findFilmRows(db, [...new Set(filmIds)]);
  return rows.map(({ id, title, titleEn, durationMinutes, ageRating, basePriceMinor }) => ({ id, title, titleEn, durationMinutes, ageRating, basePriceMinor }));
}
