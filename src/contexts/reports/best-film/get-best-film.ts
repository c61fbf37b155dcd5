import type { Db } from '../../../server/db/types.ts';
import type { BestFilmReport } from '../contracts.ts';
import { totalOf } from '../shared/figures.ts';
import { type PeriodQuery, periodViewOf, reportFilter } from '../shared/report-filter.ts';
import { readFilmSales } from './film-sales-repository.ts';
import { rankFilms } from './rank-films.ts';

/** Seed 003's most profitable film over a period: every film with its gross, the winner or tied winners marked. */
export async function getBestFilm(db: Db, query: PeriodQuery): Promise<BestFilmReport> {
  const filter = await reportFilter(db, query);
  const films = rankFilms(await readFilmSales(db, filter));
  const winners = films.filter((film) => film.isWinner).map((film) => film.filmId);
  return { period: periodViewOf(filter), films, winners, isTie: winners.length > 1, totals: totalOf(films) };
}
