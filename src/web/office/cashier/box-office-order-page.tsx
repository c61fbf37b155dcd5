import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { HistoryList } from '../shared/history-list.tsx';
import { LoadError, Loading, Notice } from '../../ui/loading.tsx';
import { NotFoundPage } from '../../ui/pages.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { OrderFacts } from '../orders/order-detail-page.tsx';
import { getOrder, type StaffOrderDetail } from '../orders/orders-api.ts';
import { PaymentsTable } from '../orders/payments-table.tsx';
import { ClientNotifications } from '../shared/client-notifications.tsx';
import { CancelOrder } from './cancel-order.tsx';
import { PaymentForm } from './payment-form.tsx';
import { TicketDesk } from './ticket-desk.tsx';

/** One order at the box office: take money (in parts), hand over tickets, take them back. */
export function BoxOfficeOrderPage() {
  const { t } = useI18n();
  const { orderId = '' } = useParams();
  const order = useResource(() => getOrder(orderId), [orderId]);
  const [notice, setNotice] = useState<string | null>(null);
  usePageTitle(order.data ? t('cashier.orderTitle', { number: order.data.bookingNumber }) : t('cashier.title'));
  if (isApiError(order.error) && (order.error.status === 404 || order.error.status === 400)) return <NotFoundPage />;
  if (order.error) return <LoadError error={order.error} onRetry={order.reload} />;
  if (!order.data) return <Loading />;
  const data = order.data;
  const changed = (next: StaffOrderDetail | null, text: string) => {
    if (next) order.setData(next);
    else order.reload();
    setNotice(text);
  };

  return (
    <section className="page box-office" aria-labelledby="box-office-order-title">
      <p>
        <Link to="/office/box-office">← {t('cashier.anotherOrder')}</Link>
      </p>
      <h1 id="box-office-order-title">{t('cashier.orderTitle', { number: data.bookingNumber })}</h1>
      <p data-testid="order-status">
        <StatusBadge entity="order" status={data.status} /> · <StatusBadge entity="payment" status={data.paymentStatus} />
      </p>
      <OrderFacts order={data} />
      <p className="actions">
        <Link to={`/office/accounts/${data.clientId}`}>{t('cashier.clientAccount')}</Link>
        <Link to={`/office/orders/${data.id}`}>{t('cashier.orderCard')}</Link>
      </p>
      {notice ? (
        <Notice tone="success">
          <span data-testid="box-office-notice">{notice}</span>
        </Notice>
      ) : null}
      {data.status === 'formed' ? <Notice tone="warning">{t('cashier.notConfirmed')}</Notice> : null}
      <PaymentForm order={data} onPaid={(text) => changed(null, text)} />
      <TicketDesk order={data} onChanged={changed} />
      <h2>{t('orders.payments')}</h2>
      <PaymentsTable payments={data.payments} />
      <CancelOrder order={data} onCancelled={changed} />
      <HistoryList history={data.history} />
      <ClientNotifications bookingNumber={data.bookingNumber} version={data.history.length + data.payments.length} />
    </section>
  );
}
