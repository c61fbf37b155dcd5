import { useState } from 'react';
import { getMySubscriptions, updateMySubscriptions, type SubscriptionsView } from '../../endpoints/notifications.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { errorMessage } from '../../ui/error-text.ts';
import { FormAlert, LoadError, Loading, Notice } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useResource } from '../../ui/use-resource.ts';

const topics = ['news', 'schedule', 'sales_start', 'price_changes'] as const;
const channels = ['email', 'sms', 'messenger'] as const;

/** Broadcast topics by channel: a table of real checkboxes, saved as each one changes. */
export function SubscriptionsPage() {
  const { t } = useI18n();
  const subscriptions = useResource(getMySubscriptions, []);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  usePageTitle(t('account.subscriptionsTitle'));

  const toggle = async (topic: (typeof topics)[number], channel: (typeof channels)[number], on: boolean) => {
    setError(null);
    setSaved(false);
    try {
      subscriptions.setData(await updateMySubscriptions({ topics: { [topic]: { [channel]: on } } }));
      setSaved(true);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section aria-labelledby="subscriptions-title">
      <h1 id="subscriptions-title">{t('account.subscriptionsTitle')}</h1>
      <p>{t('account.subscriptionsText')}</p>
      {subscriptions.loading && !subscriptions.data ? <Loading /> : null}
      {subscriptions.error ? <LoadError error={subscriptions.error} onRetry={subscriptions.reload} /> : null}
      {error ? <FormAlert>{errorMessage(t, error)}</FormAlert> : null}
      {saved ? <Notice tone="success">{t('account.subscriptionsSaved')}</Notice> : null}
      {subscriptions.data ? <SubscriptionTable view={subscriptions.data} onToggle={(topic, channel, on) => void toggle(topic, channel, on)} /> : null}
    </section>
  );
}

function SubscriptionTable({ view, onToggle }: { view: SubscriptionsView; onToggle: (topic: (typeof topics)[number], channel: (typeof channels)[number], on: boolean) => void }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('account.subscriptions')}</th>
            {channels.map((channel) => (
              <th key={channel} scope="col">
                {t(`auth.channel.${channel}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic}>
              <th scope="row">{t(`account.topic.${topic}`)}</th>
              {channels.map((channel) => {
                const cell = view.topics[topic][channel];
                const label = `${t(`account.topic.${topic}`)}: ${t(`auth.channel.${channel}`)}`;
                return (
                  <td key={channel}>
                    <input type="checkbox" aria-label={label} checked={cell.optedIn} disabled={!cell.available} onChange={(event) => onToggle(topic, channel, event.target.checked)} />
                    {!cell.available ? <span className="muted small"> {t('account.channelUnavailable', { channel: t(`auth.channel.${channel}`) })}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
