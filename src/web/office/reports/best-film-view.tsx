import { formatMoney, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import { BarChart } from './charts/bar-chart.tsx';
import type { BestFilmReport } from './reports-endpoints.ts';

/**
 * The most profitable film (seed 003): every film with its gross, best first; the
 * winner marked, or the winners when films tie, and said so in words above the chart.
 */
export function BestFilmView({ report }: { report: BestFilmReport }) {
  const { t, lang } = useI18n();
  const money = (minor: number) => formatMoney(lang, minor);
  const name = (film: BestFilmReport['films'][number]) => pickName(lang, film.title, film.titleEn);
  const winners = report.films.filter((film) => film.isWinner);
  const verdict =
    winners.length === 0
      ? t('reports.bestFilm.none')
      : report.isTie
        ? t('reports.bestFilm.tie', { films: winners.map((film) => (lang === 'ru' ? `«${name(film)}»` : `“${name(film)}”`)).join(', '), gross: money(winners[0]!.grossMinor) })
        : t('reports.bestFilm.winner', { film: name(winners[0]!), gross: money(winners[0]!.grossMinor) });
  const mark = report.isTie ? t('reports.bestFilm.tieMark') : t('reports.bestFilm.winnerMark');

  return (
    <>
      <p className="report-verdict" role="status" data-testid="best-film-verdict">
        {verdict}
      </p>
      {report.films.length > 0 ? (
        <BarChart
          title={t('reports.bestFilm.chart')}
          summary={verdict}
          bars={report.films.slice(0, 20).map((film) => ({ key: film.filmId, label: name(film), value: film.grossMinor, highlight: film.isWinner }))}
          format={money}
        />
      ) : null}
      <div className="table-scroll">
        <table className="table">
          <caption>{t('reports.bestFilm.table')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{t('reports.rank')}</th>
              <th scope="col">{t('calendar.film')}</th>
              <th scope="col" className="num">{t('reports.sold')}</th>
              <th scope="col" className="num">{t('reports.returned')}</th>
              <th scope="col" className="num">{t('reports.gross')}</th>
            </tr>
          </thead>
          <tbody>
            {report.films.map((film) => (
              <tr key={film.filmId} className={film.isWinner ? 'winner-row' : undefined}>
                <td className="num">{film.rank}</td>
                <th scope="row">
                  {name(film)}
                  {film.isWinner ? <span className="badge badge-winner"> ★ {mark}</span> : null}
                </th>
                <td className="num">
                  {formatNumber(lang, film.ticketsSold)} · {money(film.soldMinor)}
                </td>
                <td className="num">
                  {formatNumber(lang, film.ticketsReturned)} · {money(film.returnedMinor)}
                </td>
                <td className="num">{money(film.grossMinor)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              <th scope="row">{t('common.total')}</th>
              <td className="num">
                {formatNumber(lang, report.totals.ticketsSold)} · {money(report.totals.soldMinor)}
              </td>
              <td className="num">
                {formatNumber(lang, report.totals.ticketsReturned)} · {money(report.totals.returnedMinor)}
              </td>
              <td className="num">{money(report.totals.netMinor)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
