import { Link } from 'react-router';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Pager } from '../../ui/pager.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { ClientSummary } from '../shared/client-summary.tsx';
import { orderStatuses } from '../shared/statuses.ts';
import { StatusTabs } from '../shared/status-tabs.tsx';
import { useFilterParams } from '../shared/use-filter-params.ts';
import { ExportOrders } from './export-orders.tsx';
import { OrderFilters } from './order-filters.tsx';
import { orderFilterKeys, orderQueryOf } from './order-query.ts';
import { listOrders, type StaffOrderItem } from './orders-api.ts';

const pageSize = 20;

/** Orders by status, payment kind and status, dates and client, with the count of each status and a CSV of the lot. */
export function OrderListPage() {
  const { t } = useI18n();
  usePageTitle(t('orders.title'));
  const [filters, setFilters] = useFilterParams(orderFilterKeys);
  const query = orderQueryOf(filters);
  const page = useResource(() => listOrders({ ...query, limit: pageSize, offset: filters.offset }), [JSON.stringify(query), filters.offset]);
  return (
    <section className="page" aria-labelledby="orders-title">
      <h1 id="orders-title">{t('orders.title')}</h1>
      <OrderFilters filters={filters} onApply={setFilters} />
      {page.data ? (
        <StatusTabs label={t('orders.byStatus')} statuses={orderStatuses} entity="order" counts={page.data.countsByStatus} current={filters.status} onChoose={(status) => setFilters({ status })} />
      ) : null}
      <ExportOrders query={query} disabled={!page.data || page.data.total === 0} />
      {page.loading && !page.data ? <Loading /> : null}
      {page.error ? <LoadError error={page.error} onRetry={page.reload} /> : null}
      {page.data ? (
        <>
          <p className="muted" role="status">
            {t('orders.found', { count: page.data.total })}
          </p>
          <OrderTable items={page.data.items} />
          <Pager total={page.data.total} limit={pageSize} offset={filters.offset} onOffset={(offset) => setFilters({ offset: String(offset) })} />
        </>
      ) : null}
    </section>
  );
}

function OrderTable({ items }: { items: StaffOrderItem[] }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return <p>{t('common.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="table" aria-label={t('orders.title')}>
        <thead>
          <tr>
            <th scope="col">{t('office.bookingNumber')}</th>
            <th scope="col">{t('orders.created')}</th>
            <th scope="col">{t('office.client')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col">{t('orders.payment')}</th>
            <th scope="col" className="num">
              {t('common.total')}
            </th>
            <th scope="col" className="num">
              {t('orders.paid')}
            </th>
            <th scope="col" className="num">
              {t('orders.tickets')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((order) => (
            <tr key={order.id}>
              <td>
                <Link to={`/office/orders/${order.id}`} className="booking-number">
                  {order.bookingNumber}
                </Link>
              </td>
              <td>{formatDateTime(lang, order.createdAt)}</td>
              <td>
                <ClientSummary clientId={order.clientId} brief />
              </td>
              <td>
                <StatusBadge entity="order" status={order.status} />
              </td>
              <td>
                <StatusBadge entity="payment" status={order.paymentStatus} />
              </td>
              <td className="num">{formatMoney(lang, order.totalMinor, order.currency)}</td>
              <td className="num">{formatMoney(lang, order.paidMinor, order.currency)}</td>
              <td className="num">{order.ticketCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
