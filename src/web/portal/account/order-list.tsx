import { Link } from 'react-router';
import { listMyOrders, type OrderSummary } from '../../endpoints/booking.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PagedListPage } from '../../ui/paged-list-page.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';

export function OrderListPage() {
  const { t } = useI18n();
  return (
    <PagedListPage id="orders-title" title={t('account.orders')} load={listMyOrders}>
      {(items) => <OrderTable orders={items} />}
    </PagedListPage>
  );
}

export function OrderTable({ orders }: { orders: OrderSummary[] }) {
  const { t, lang } = useI18n();
  if (orders.length === 0) return <p>{t('account.noOrders')}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('account.bookingNumber')}</th>
            <th scope="col">{t('account.createdOrder')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col">{t('account.payment')}</th>
            <th scope="col" className="num">
              {t('account.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id}>
              <td>
                <Link to={`/account/orders/${order.id}`}>{order.bookingNumber}</Link>
              </td>
              <td>{formatDateTime(lang, order.createdAt)}</td>
              <td>
                <StatusBadge entity="order" status={order.status} />
              </td>
              <td>
                <StatusBadge entity="payment" status={order.paymentStatus} />
              </td>
              <td className="num">{formatMoney(lang, order.totalMinor, order.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
