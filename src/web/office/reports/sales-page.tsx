import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useResource } from '../../ui/use-resource.ts';
import { CsvLink } from './csv-link.tsx';
import { PeriodForm } from './period-form.tsx';
import { type SalesGrouping, getSales } from './reports-endpoints.ts';
import { SalesView } from './sales-view.tsx';
import { usePeriod } from './use-period.ts';

const groupings: readonly SalesGrouping[] = ['day', 'event', 'service', 'paymentKind'];

/** Sales over a period by day, event, service or payment kind. */
export function SalesPage() {
  const { t } = useI18n();
  usePageTitle(t('reports.sales.title'));
  const { period, setPeriod } = usePeriod();
  const [params, setParams] = useSearchParams();
  const groupBy = groupings.find((value) => value === params.get('by')) ?? 'day';
  const report = useResource(() => getSales(period, groupBy), [period.from, period.to, period.venueId, groupBy]);
  const choose = (value: SalesGrouping) => {
    const next = new URLSearchParams(params);
    next.set('by', value);
    setParams(next, { replace: true });
  };
  return (
    <section aria-labelledby="sales-title">
      <h1 id="sales-title">{t('reports.sales.title')}</h1>
      <p className="muted">{t('reports.sales.rule')}</p>
      <PeriodForm key={`${period.from}|${period.to}|${period.venueId ?? ''}`} period={period} onChange={setPeriod} />
      <div className="segmented" role="group" aria-label={t('reports.sales.groupBy')}>
        {groupings.map((value) => (
          <button key={value} type="button" aria-pressed={value === groupBy} onClick={() => choose(value)}>
            {t(`reports.sales.by.${value}`)}
          </button>
        ))}
      </div>
      <CsvLink report="sales" period={period} extra={{ groupBy }} />
      {report.loading ? <Loading /> : null}
      {report.error ? <LoadError error={report.error} onRetry={report.reload} /> : null}
      {report.data && !report.loading ? <SalesView report={report.data} /> : null}
    </section>
  );
}
