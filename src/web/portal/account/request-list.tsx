import { useState } from 'react';
import { Link } from 'react-router';
import { listMyRequests, type RequestSummary } from '../../endpoints/booking.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Pager } from '../../ui/pager.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useResource } from '../../ui/use-resource.ts';

const pageSize = 20;

export function RequestListPage() {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const requests = useResource(() => listMyRequests({ limit: pageSize, offset }), [offset]);
  usePageTitle(t('account.requests'));
  return (
    <section aria-labelledby="requests-title">
      <h1 id="requests-title">{t('account.requests')}</h1>
      {requests.loading ? <Loading /> : null}
      {requests.error ? <LoadError error={requests.error} onRetry={requests.reload} /> : null}
      {requests.data ? (
        <>
          <RequestTable requests={requests.data.items} />
          <Pager total={requests.data.total} limit={pageSize} offset={offset} onOffset={setOffset} />
        </>
      ) : null}
    </section>
  );
}

export function RequestTable({ requests }: { requests: RequestSummary[] }) {
  const { t, lang } = useI18n();
  if (requests.length === 0) return <p>{t('account.noRequests')}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('account.bookingNumber')}</th>
            <th scope="col">{t('account.created')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col" className="num">
              {t('account.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.id}>
              <td>
                <Link to={`/account/requests/${request.id}`}>{request.bookingNumber}</Link>
              </td>
              <td>{formatDateTime(lang, request.createdAt)}</td>
              <td>
                <StatusBadge entity="request" status={request.status} />
              </td>
              <td className="num">{formatMoney(lang, request.totalMinor, request.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
