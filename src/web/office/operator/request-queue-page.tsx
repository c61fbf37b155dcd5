import { Link } from 'react-router';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Pager } from '../../ui/pager.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { dayRange } from '../shared/day-range.ts';
import { oneOf, requestStatuses } from '../shared/statuses.ts';
import { StatusTabs } from '../shared/status-tabs.tsx';
import { useFilterParams } from '../shared/use-filter-params.ts';
import { RequestFilters, requestFilterKeys } from './request-filters.tsx';
import { listRequests, type RequestQueueItem, type RequestQueueQuery } from './requests-api.ts';

const pageSize = 20;

/** The queue: requests by status (with the count of each), booking number, client and dates. */
export function RequestQueuePage() {
  const { t } = useI18n();
  usePageTitle(t('operator.queueTitle'));
  const [filters, setFilters] = useFilterParams(requestFilterKeys);
  const query: RequestQueueQuery = {
    status: oneOf(requestStatuses, filters.status),
    bookingNumber: filters.bookingNumber,
    clientId: filters.clientId,
    ...dayRange(filters.from, filters.to),
    limit: pageSize,
    offset: filters.offset,
  };
  const page = useResource(() => listRequests(query), [JSON.stringify(query)]);

  return (
    <section className="page" aria-labelledby="queue-title">
      <h1 id="queue-title">{t('operator.queueTitle')}</h1>
      <RequestFilters filters={filters} onApply={setFilters} />
      {page.data ? (
        <StatusTabs
          label={t('operator.byStatus')}
          statuses={requestStatuses}
          entity="request"
          counts={page.data.countsByStatus}
          current={filters.status}
          onChoose={(status) => setFilters({ status })}
        />
      ) : null}
      <p>
        <Button variant="link" onClick={page.reload} busy={page.loading && Boolean(page.data)}>
          {t('office.refresh')}
        </Button>
      </p>
      {page.loading && !page.data ? <Loading /> : null}
      {page.error ? <LoadError error={page.error} onRetry={page.reload} /> : null}
      {page.data ? (
        <>
          <RequestTable items={page.data.items} />
          <Pager total={page.data.total} limit={pageSize} offset={filters.offset} onOffset={(offset) => setFilters({ offset: String(offset) })} />
        </>
      ) : null}
    </section>
  );
}

function RequestTable({ items }: { items: RequestQueueItem[] }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return <p>{t('common.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="table" aria-label={t('operator.queueTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('office.bookingNumber')}</th>
            <th scope="col">{t('operator.submitted')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col" className="num">
              {t('operator.lineCount')}
            </th>
            <th scope="col" className="num">
              {t('common.total')}
            </th>
            <th scope="col">{t('operator.heldUntil')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to={`/office/requests/${item.id}`} className="booking-number">
                  {item.bookingNumber}
                </Link>
              </td>
              <td>{formatDateTime(lang, item.createdAt)}</td>
              <td>
                <StatusBadge entity="request" status={item.status} />
                {item.assignedTo && item.status === 'in_processing' ? <span className="muted small"> · {t('operator.taken')}</span> : null}
              </td>
              <td className="num">{item.lineCount}</td>
              <td className="num">{formatMoney(lang, item.totalMinor, item.currency)}</td>
              <td>{item.status === 'not_processed' || item.status === 'in_processing' ? formatDateTime(lang, item.heldUntil) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
