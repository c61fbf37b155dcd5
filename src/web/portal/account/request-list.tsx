import { Link } from 'react-router';
import { listMyRequests, type RequestSummary } from '../../endpoints/booking.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PagedListPage } from '../../ui/paged-list-page.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';

export function RequestListPage() {
  const { t } = useI18n();
  return (
    <PagedListPage id="requests-title" title={t('account.requests')} load={listMyRequests}>
      {(items) => <RequestTable requests={items} />}
    </PagedListPage>
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
