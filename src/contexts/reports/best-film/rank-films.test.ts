import { describe, expect, it } from 'vitest';
import { type FilmSales, rankFilms } from './rank-films.ts';

const film = (filmId: string, title: string, soldMinor: number, returnedMinor = 0): FilmSales => ({
  filmId, title, titleEn: null, ticketsSold: soldMinor > 0 ? 1 : 0, soldMinor, ticketsReturned: returnedMinor > 0 ? 1 : 0, returnedMinor,
});

describe('the most profitable film', () => {
  it('puts the largest gross first and marks it the one winner', () => {
    const ranked = rankFilms([film('a', 'Анора', 30_000), film('b', 'Брат', 90_000), film('c', 'Вий', 45_000)]);
    expect(ranked.map((f) => [f.filmId, f.grossMinor, f.rank, f.isWinner])).toEqual([
      ['b', 90_000, 1, true],
      ['c', 45_000, 2, false],
      ['a', 30_000, 3, false],
    ]);
  });

  it('counts gross as sold less returned, so a return can cost a film the first place', () => {
    const ranked = rankFilms([film('a', 'Анора', 50_000, 20_000), film('b', 'Брат', 40_000)]);
    expect(ranked[0]).toMatchObject({ filmId: 'b', isWinner: true });
    expect(ranked[1]).toMatchObject({ filmId: 'a', grossMinor: 30_000, netMinor: 30_000, isWinner: false });
  });

  it('shows a tie as a tie: both winners, both first, the next film third', () => {
    const ranked = rankFilms([film('c', 'Вий', 10_000), film('b', 'Брат', 40_000), film('a', 'Анора', 40_000)]);
    expect(ranked.map((f) => [f.title, f.rank, f.isWinner])).toEqual([
      ['Анора', 1, true],
      ['Брат', 1, true],
      ['Вий', 3, false],
    ]);
  });

  it('has no winner when nothing was earned', () => {
    const ranked = rankFilms([film('a', 'Анора', 0), film('b', 'Брат', 10_000, 10_000)]);
    expect(ranked.every((f) => !f.isWinner && f.rank === 1)).toBe(true);
    expect(rankFilms([])).toEqual([]);
  });
});
