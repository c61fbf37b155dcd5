import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { listBroadcasts } from './broadcast-endpoints.ts';
import { BroadcastForm } from './broadcast-form.tsx';

/** Broadcasts, newest first, and a form for a new one (saved as a draft to preview before sending). */
export function BroadcastsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('office.section.broadcasts'));
  const broadcasts = useResource(() => listBroadcasts(), []);
  return (
    <section aria-labelledby="broadcasts-title">
      <h1 id="broadcasts-title">{t('office.section.broadcasts')}</h1>
      {broadcasts.loading && !broadcasts.data ? <Loading /> : null}
      {broadcasts.error ? <LoadError error={broadcasts.error} onRetry={broadcasts.reload} /> : null}
      {broadcasts.data ? (
        broadcasts.data.items.length === 0 ? (
          <p>{t('broadcasts.none')}</p>
        ) : (
          <table className="table">
            <caption>{t('office.section.broadcasts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('broadcasts.subject')}</th>
                <th scope="col">{t('broadcasts.topic')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('broadcasts.created')}</th>
                <th scope="col" className="num">{t('broadcasts.recipients')}</th>
              </tr>
            </thead>
            <tbody>
              {broadcasts.data.items.map((broadcast) => (
                <tr key={broadcast.id}>
                  <td>
                    <Link to={`/office/broadcasts/${broadcast.id}`}>{broadcast.subject[lang]}</Link>
                  </td>
                  <td>{t(`account.topic.${broadcast.topic}`)}</td>
                  <td>{t(`broadcasts.status.${broadcast.status}`)}</td>
                  <td>{formatDateTime(lang, broadcast.createdAt)}</td>
                  <td className="num">{formatNumber(lang, broadcast.recipients)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
      <div className="panel">
        <h2>{t('broadcasts.new')}</h2>
        <BroadcastForm />
      </div>
    </section>
  );
}
