import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context.tsx';
import { BestFilmView } from './best-film-view.tsx';
import type { BestFilmReport } from './reports-endpoints.ts';

const figures = { ticketsSold: 0, soldMinor: 0, ticketsReturned: 0, returnedMinor: 0, netTickets: 0, netMinor: 0 };
const film = (filmId: string, title: string, grossMinor: number, rank: number, isWinner: boolean) => ({
  ...figures, filmId, title, titleEn: null, grossMinor, rank, isWinner, ticketsSold: grossMinor / 50_000, soldMinor: grossMinor,
});
const report = (films: BestFilmReport['films'], isTie: boolean): BestFilmReport => ({
  period: { from: '2026-03-01', to: '2026-03-31', venueId: null },
  films,
  winners: films.filter((item) => item.isWinner).map((item) => item.filmId),
  isTie,
  totals: figures,
});
const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003'] as const;

describe('the most profitable film', () => {
  it('names the winner with its gross and marks its row', () => {
    render(
      <I18nProvider initialLang="ru">
        <BestFilmView report={report([film(ids[0], 'Город на воде', 150_000, 1, true), film(ids[1], 'Тихий перевал', 100_000, 2, false)], false)} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('best-film-verdict').textContent).toMatch(/«Город на воде» — 1\s?500\s₽/);
    const rows = within(screen.getByRole('table', { name: 'Фильмы по валовому сбору' })).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('самый прибыльный');
    expect(rows[2]?.textContent).not.toContain('самый прибыльный');
    expect(screen.getByRole('img', { name: /Валовой сбор по фильмам/ })).toBeTruthy();
  });

  it('shows a tie as a tie: every winner marked, one rank shared', () => {
    render(
      <I18nProvider initialLang="en">
        <BestFilmView report={report([film(ids[0], 'A', 100_000, 1, true), film(ids[1], 'B', 100_000, 1, true), film(ids[2], 'C', 50_000, 3, false)], true)} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('best-film-verdict').textContent).toMatch(/^A tie: “A”, “B”, \S+\s?1,000 each\.$/);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1, 4);
    expect(rows.map((row) => row.textContent?.includes('★ tie'))).toEqual([true, true, false]);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['1', '1', '3']);
  });

  it('says so when nothing was earned, and draws no empty chart', () => {
    render(
      <I18nProvider initialLang="ru">
        <BestFilmView report={report([film(ids[0], 'A', 0, 1, false)], false)} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('best-film-verdict').textContent).toBe('За период ни один фильм ничего не заработал.');
    expect(screen.queryByRole('img')).toBeNull();
  });
});
