import type { HistoryEntry } from '../../../contexts/booking/contracts.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n, type Translate } from '../../i18n/i18n-context.tsx';
import { hasText } from '../../i18n/texts/index.ts';

// The server writes a few reasons as codes (how an order was confirmed, why a hold
// ended); a person's reason is shown as typed.
function reasonText(t: Translate, reason: string): string {
  const key = `office.reasonCode.${reason}`;
  return hasText(key) ? t(key) : reason;
}

/** Every change of status with who made it (client, staff, the system), when and why. */
export function HistoryList({ history }: { history: readonly HistoryEntry[] }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('office.history')}</h2>
      <ol className="history" data-testid="history">
        {history.map((entry, index) => (
          <li key={index}>
            <strong>{entry.toLabel[lang]}</strong> — <time dateTime={entry.at}>{formatDateTime(lang, entry.at)}</time> ({t(`office.actor.${entry.actorKind}`)})
            {entry.reason ? <span className="muted"> · {t('office.because', { reason: reasonText(t, entry.reason) })}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
