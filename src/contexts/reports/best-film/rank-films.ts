import { type NetFigures, type SaleFigures, withNet } from '../shared/figures.ts';

// Seed 003's most profitable film: the largest gross wins, and films with the same gross
// share the place, so a tie is shown as a tie and never broken by something the seed
// does not ask about (tickets, title). Pure.

export interface FilmSales extends SaleFigures {
  filmId: string;
  title: string;
  titleEn: string | null;
}

export interface RankedFilm extends FilmSales, NetFigures {
  /** Sold less returned in the period: what the film earned. */
  grossMinor: number;
  /** Competition ranking: two films tied first are both 1, the next is 3. */
  rank: number;
  isWinner: boolean;
}

const byTitle = new Intl.Collator('ru');

/**
 * Every film, best gross first (ties by title, for a stable list), each with its rank;
 * the winners are the films with the largest gross, when it is above zero: a period in
 * which nothing was earned has no most profitable film.
 */
export function rankFilms(films: readonly FilmSales[]): RankedFilm[] {
  const sorted = films
    .map((film) => {
      const net = withNet(film);
      return { ...film, ...net, grossMinor: net.netMinor };
    })
    .sort((a, b) => b.grossMinor - a.grossMinor || byTitle.compare(a.title, b.title) || a.filmId.localeCompare(b.filmId));
  const best = sorted[0]?.grossMinor ?? 0;
  let rank = 0;
  return sorted.map((film, index) => {
    if (index === 0 || film.grossMinor !== sorted[index - 1]?.grossMinor) rank = index + 1;
    return { ...film, rank, isWinner: best > 0 && film.grossMinor === best };
  });
}
