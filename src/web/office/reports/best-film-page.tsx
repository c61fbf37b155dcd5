import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useResource } from '../../ui/use-resource.ts';
import { BestFilmView } from './best-film-view.tsx';
import { CsvLink } from './csv-link.tsx';
import { PeriodForm } from './period-form.tsx';
import { getBestFilm } from './reports-endpoints.ts';
import { usePeriod } from './use-period.ts';

/** The most profitable film over a period. */
export function BestFilmPage() {
  const { t } = useI18n();
  usePageTitle(t('reports.bestFilm.title'));
  const { period, setPeriod } = usePeriod();
  const report = useResource(() => getBestFilm(period), [period.from, period.to, period.venueId]);
  return (
    <section aria-labelledby="best-film-title">
      <h1 id="best-film-title">{t('reports.bestFilm.title')}</h1>
      <p className="muted">{t('reports.bestFilm.rule')}</p>
      <PeriodForm key={`${period.from}|${period.to}|${period.venueId ?? ''}`} period={period} onChange={setPeriod} />
      <CsvLink report="best-film" period={period} />
      {report.loading ? <Loading /> : null}
      {report.error ? <LoadError error={report.error} onRetry={report.reload} /> : null}
      {report.data && !report.loading ? <BestFilmView report={report.data} /> : null}
    </section>
  );
}
