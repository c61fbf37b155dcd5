import { formatDateTime, formatMoney, formatNumber, formatWallDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { BarChart } from './charts/bar-chart.tsx';
import { LineChart } from './charts/line-chart.tsx';
import type { SalesReport } from './reports-endpoints.ts';

type Row = SalesReport['rows'][number];

/** The figures of a sales report: a line over days, or bars per event, service or payment kind; the table below holds every figure. */
export function SalesView({ report }: { report: SalesReport }) {
  const { t, lang } = useI18n();
  const money = (minor: number) => formatMoney(lang, minor);
  const labelOf = (row: Row): string => {
    if ('day' in row) return formatWallDate(lang, row.day);
    if ('eventId' in row) return row.title ? `${row.title}${row.startsAt ? `, ${formatDateTime(lang, row.startsAt)}` : ''}` : t('reports.sales.noEvent');
    if ('serviceId' in row) return row.name ?? t('reports.sales.noService');
    return row.paymentKind ? row.label[lang] : t('reports.sales.noPaymentKind');
  };
  const summary = t('reports.sales.summary', { sold: formatNumber(lang, report.totals.ticketsSold), net: money(report.totals.netMinor) });
  const byKind = report.groupBy === 'paymentKind' ? report : null;

  return (
    <>
      {report.rows.length === 0 ? <p>{t('reports.nothing')}</p> : null}
      {report.groupBy === 'day' && report.rows.length > 0 ? (
        <LineChart
          title={t('reports.sales.chartDay')}
          summary={summary}
          points={report.rows.map((row) => ({ key: row.day, label: `${row.day.slice(8, 10)}.${row.day.slice(5, 7)}`, value: row.netMinor, description: `${formatWallDate(lang, row.day)}: ${money(row.netMinor)}` }))}
          format={money}
        />
      ) : null}
      {report.groupBy !== 'day' && report.rows.length > 0 ? (
        <BarChart title={t(`reports.sales.by.${report.groupBy}`)} summary={summary} bars={report.rows.slice(0, 25).map((row, index) => ({ key: String(index), label: labelOf(row), value: row.netMinor }))} format={money} />
      ) : null}
      <div className="table-scroll">
        <table className="table">
          <caption>{t(`reports.sales.by.${report.groupBy}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`reports.sales.column.${report.groupBy}`)}</th>
              <th scope="col" className="num">{t('reports.sold')}</th>
              <th scope="col" className="num">{t('reports.returned')}</th>
              <th scope="col" className="num">{t('reports.net')}</th>
              {byKind ? (
                <>
                  <th scope="col" className="num">{t('reports.received')}</th>
                  <th scope="col" className="num">{t('reports.refunded')}</th>
                </>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {(report.rows as Row[]).map((row, index) => (
              <tr key={index}>
                <th scope="row">{labelOf(row)}</th>
                <td className="num">{formatNumber(lang, row.ticketsSold)} · {money(row.soldMinor)}</td>
                <td className="num">{formatNumber(lang, row.ticketsReturned)} · {money(row.returnedMinor)}</td>
                <td className="num">{money(row.netMinor)}</td>
                {'receivedMinor' in row ? (
                  <>
                    <td className="num">{formatNumber(lang, row.paymentsCount)} · {money(row.receivedMinor)}</td>
                    <td className="num">{formatNumber(lang, row.refundsCount)} · {money(row.refundedMinor)}</td>
                  </>
                ) : null}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('common.total')}</th>
              <td className="num">{formatNumber(lang, report.totals.ticketsSold)} · {money(report.totals.soldMinor)}</td>
              <td className="num">{formatNumber(lang, report.totals.ticketsReturned)} · {money(report.totals.returnedMinor)}</td>
              <td className="num">{money(report.totals.netMinor)}</td>
              {byKind ? (
                <>
                  <td className="num">{formatNumber(lang, byKind.totals.paymentsCount)} · {money(byKind.totals.receivedMinor)}</td>
                  <td className="num">{formatNumber(lang, byKind.totals.refundsCount)} · {money(byKind.totals.refundedMinor)}</td>
                </>
              ) : null}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
