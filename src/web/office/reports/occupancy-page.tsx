import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useResource } from '../../ui/use-resource.ts';
import { BarChart } from './charts/bar-chart.tsx';
import { CsvLink } from './csv-link.tsx';
import { PeriodForm } from './period-form.tsx';
import { getOccupancy } from './reports-endpoints.ts';
import { usePeriod } from './use-period.ts';

/** Occupancy of the events starting in a period: sold, held and free of each, as a share of its capacity. */
export function OccupancyPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('reports.occupancy.title'));
  const { period, setPeriod } = usePeriod();
  const report = useResource(() => getOccupancy(period), [period.from, period.to, period.venueId]);
  const percent = (value: number) => `${formatNumber(lang, Math.round(value * 10) / 10)} %`;
  const data = report.loading ? undefined : report.data;
  return (
    <section aria-labelledby="occupancy-title">
      <h1 id="occupancy-title">{t('reports.occupancy.title')}</h1>
      <PeriodForm key={`${period.from}|${period.to}|${period.venueId ?? ''}`} period={period} onChange={setPeriod} />
      <CsvLink report="occupancy" period={period} />
      {report.loading ? <Loading /> : null}
      {report.error ? <LoadError error={report.error} onRetry={report.reload} /> : null}
      {data ? (
        <>
          {data.events.length === 0 ? <p>{t('reports.nothing')}</p> : (
            <BarChart
              title={t('reports.occupancy.chart')}
              summary={t('reports.occupancy.summary', { events: data.events.length, percent: percent(data.totals.occupancyPercent) })}
              bars={data.events.slice(0, 30).map((event) => ({ key: event.eventId, label: `${event.title} ${formatDateTime(lang, event.startsAt)}`, value: event.occupancyPercent }))}
              format={percent}
            />
          )}
          <div className="table-scroll">
            <table className="table">
              <caption>{t('reports.occupancy.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.event')}</th>
                  <th scope="col">{t('reports.where')}</th>
                  <th scope="col" className="num">{t('reports.capacity')}</th>
                  <th scope="col" className="num">{t('reports.soldCount')}</th>
                  <th scope="col" className="num">{t('reports.held')}</th>
                  <th scope="col" className="num">{t('reports.free')}</th>
                  <th scope="col" className="num">{t('reports.occupancy.percent')}</th>
                </tr>
              </thead>
              <tbody>
                {data.events.map((event) => (
                  <tr key={event.eventId}>
                    <th scope="row">
                      {event.title}
                      <br />
                      <span className="muted">{formatDateTime(lang, event.startsAt)}</span>
                    </th>
                    <td>{event.venueName}, {event.hallName}</td>
                    <td className="num">{formatNumber(lang, event.capacity)}</td>
                    <td className="num">{formatNumber(lang, event.sold)}</td>
                    <td className="num">{formatNumber(lang, event.held)}</td>
                    <td className="num">{formatNumber(lang, event.free)}</td>
                    <td className="num">{percent(event.occupancyPercent)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('common.total')}</th>
                  <td />
                  <td className="num">{formatNumber(lang, data.totals.capacity)}</td>
                  <td className="num">{formatNumber(lang, data.totals.sold)}</td>
                  <td className="num">{formatNumber(lang, data.totals.held)}</td>
                  <td className="num">{formatNumber(lang, data.totals.free)}</td>
                  <td className="num">{percent(data.totals.occupancyPercent)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
