import { useI18n } from '../../i18n/i18n-context.tsx';
import { type Period, csvLink } from './reports-endpoints.ts';

/** Downloads the report on screen as CSV from the API, headers in the page's language. */
export function CsvLink({ report, period, extra }: { report: Parameters<typeof csvLink>[0]; period?: Period; extra?: Record<string, string> }) {
  const { t, lang } = useI18n();
  return (
    <p>
      <a className="button" href={csvLink(report, lang, period, extra)} download>
        ⬇ {t('reports.csv')}
      </a>
    </p>
  );
}
