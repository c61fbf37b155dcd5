import { formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { BroadcastProgressView } from './broadcast-endpoints.ts';

const statuses = ['pending', 'sending', 'delivered', 'failed'] as const;
const channels = ['email', 'sms', 'vkteams', 'telegram'] as const;

/** How far a broadcast has gone: messages planned of recipients, and deliveries by status and channel. */
export function BroadcastProgress({ broadcast }: { broadcast: BroadcastProgressView }) {
  const { t, lang } = useI18n();
  const { progress } = broadcast;
  const n = (value: number) => formatNumber(lang, value);
  const finished = progress.deliveries.delivered + progress.deliveries.failed;
  return (
    <section aria-labelledby="broadcast-progress">
      <h2 id="broadcast-progress">{t('broadcasts.progress')}</h2>
      <p>{t('broadcasts.planned', { planned: n(progress.planned), recipients: n(progress.recipients) })}</p>
      <label htmlFor="broadcast-progress-bar">{t('broadcasts.finished', { finished: n(finished), total: n(progress.deliveries.total) })}</label>
      <progress id="broadcast-progress-bar" max={Math.max(1, progress.deliveries.total)} value={finished} style={{ width: '100%' }} />
      <table className="table">
        <caption>{t('broadcasts.deliveries')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('broadcasts.channel')}</th>
            {statuses.map((status) => (
              <th key={status} scope="col" className="num">
                {t(`broadcasts.delivery.${status}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {channels.map((channel) => (
            <tr key={channel}>
              <th scope="row">{t(`broadcasts.channel.${channel}`)}</th>
              {statuses.map((status) => (
                <td key={status} className="num">
                  {n(progress.byChannel[channel][status])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('common.total')}</th>
            {statuses.map((status) => (
              <td key={status} className="num">
                {n(progress.deliveries[status])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
