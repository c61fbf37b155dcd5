import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { hasText } from '../../i18n/texts/index.ts';
import { LoadError } from '../../ui/loading.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { getDeliveries } from './clients-api.ts';

/**
 * What the client has been told about a booking, by which channel, and whether it
 * arrived: after processing, rejecting, a payment or an issue, staff see that the
 * message went out (and can tell a caller where to look). `version` reloads it.
 */
export function ClientNotifications({ bookingNumber, version }: { bookingNumber: string; version: unknown }) {
  const { t, lang } = useI18n();
  const log = useResource(() => getDeliveries({ bookingNumber }), [bookingNumber, version]);
  const topic = (code: string) => {
    const key = `notify.topic.${code}`;
    return hasText(key) ? t(key) : code;
  };
  return (
    <section aria-labelledby="notifications-title" className="notifications">
      <h2 id="notifications-title">{t('notify.title')}</h2>
      {log.error ? <LoadError error={log.error} onRetry={log.reload} /> : null}
      {log.data && log.data.messages.length === 0 ? <p className="muted">{t('notify.none')}</p> : null}
      {log.data && log.data.messages.length > 0 ? (
        <ul className="message-list" data-testid="client-notifications">
          {log.data.messages.map((message) => (
            <li key={message.messageId}>
              <strong>{topic(message.topic)}</strong> — <time dateTime={message.createdAt}>{formatDateTime(lang, message.createdAt)}</time>
              {message.deliveries.length === 0 ? (
                <span className="muted"> · {message.plannedAt ? (message.note ?? t('notify.noChannel')) : t('notify.queued')}</span>
              ) : (
                <ul className="delivery-list">
                  {message.deliveries.map((delivery) => (
                    <li key={delivery.id}>
                      {t(`notify.channel.${delivery.channel}`)}: {delivery.recipient} — <span className={`badge badge-delivery-${delivery.status}`}>{t(`notify.status.${delivery.status}`)}</span>
                      {delivery.lastError ? <span className="muted small"> ({delivery.lastError})</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
