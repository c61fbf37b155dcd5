import type { HistoryEntry } from '../../../contexts/booking/contracts.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** Every change of status: to what, when, by whom, why. */
export function HistoryList({ history }: { history: HistoryEntry[] }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('account.history')}</h2>
      <ol className="history">
        {history.map((entry, index) => (
          <li key={index}>
            <strong>{entry.toLabel[lang]}</strong> — <time dateTime={entry.at}>{formatDateTime(lang, entry.at)}</time> ({t(`account.actor.${entry.actorKind}`)})
            {entry.reason ? <span className="muted"> · {t('account.reason', { reason: entry.reason })}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
