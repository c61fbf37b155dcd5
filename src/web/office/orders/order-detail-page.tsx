import { Link, useParams } from 'react-router';
import { isApiError } from '../../api.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { HistoryList } from '../shared/history-list.tsx';
import { useSession } from '../../session/session-context.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { NotFoundPage } from '../../ui/pages.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { ClientNotifications } from '../shared/client-notifications.tsx';
import { ClientSummary } from '../shared/client-summary.tsx';
import { Facts } from '../shared/facts.tsx';
import { getOrder, type StaffOrderDetail } from './orders-api.ts';
import { PaymentsTable } from './payments-table.tsx';
import { TicketTable } from './ticket-table.tsx';

/** One order for staff: client, amounts, payments and refunds, tickets, history and messages. */
export function OrderDetailPage() {
  const { t } = useI18n();
  const { orderId = '' } = useParams();
  const { actor } = useSession();
  const order = useResource(() => getOrder(orderId), [orderId]);
  usePageTitle(order.data ? t('orders.orderTitle', { number: order.data.bookingNumber }) : t('orders.title'));
  if (isApiError(order.error) && (order.error.status === 404 || order.error.status === 400)) return <NotFoundPage />;
  if (order.error) return <LoadError error={order.error} onRetry={order.reload} />;
  if (!order.data) return <Loading />;
  const data = order.data;
  const roles = actor?.roles ?? [];
  return (
    <section className="page" aria-labelledby="order-title">
      <p>
        <Link to="/office/orders">← {t('orders.backToList')}</Link>
      </p>
      <h1 id="order-title">{t('orders.orderTitle', { number: data.bookingNumber })}</h1>
      <p>
        <StatusBadge entity="order" status={data.status} /> · <StatusBadge entity="payment" status={data.paymentStatus} />
      </p>
      <OrderFacts order={data} />
      <p className="actions">
        {roles.includes('cashier') ? (
          <Link className="button button-primary" to={`/office/box-office/${data.id}`}>
            {t('orders.openAtBoxOffice')}
          </Link>
        ) : null}
        {roles.includes('operator') ? <Link to={`/office/requests/${data.requestId}`}>{t('orders.openRequest')}</Link> : null}
      </p>
      <h2>{t('orders.tickets')}</h2>
      <TicketTable tickets={data.tickets} currency={data.currency} />
      <h2>{t('orders.payments')}</h2>
      <PaymentsTable payments={data.payments} />
      <HistoryList history={data.history} />
      <ClientNotifications bookingNumber={data.bookingNumber} version={data.history.length + data.payments.length} />
    </section>
  );
}

/** The client, the money (total, paid, left to pay) and the deadlines of an order. */
export function OrderFacts({ order }: { order: StaffOrderDetail }) {
  const { t, lang } = useI18n();
  const money = (minor: number) => formatMoney(lang, minor, order.currency);
  return (
    <Facts
      items={[
        { label: t('office.client'), value: <ClientSummary clientId={order.clientId} /> },
        { label: t('orders.created'), value: formatDateTime(lang, order.createdAt) },
        { label: t('common.total'), value: money(order.totalMinor), testId: 'order-total' },
        { label: t('orders.paid'), value: money(order.paidMinor), testId: 'order-paid' },
        { label: t('orders.remaining'), value: money(Math.max(0, order.totalMinor - order.paidMinor)), testId: 'order-remaining' },
        { label: t('orders.paymentStatus'), value: <StatusBadge entity="payment" status={order.paymentStatus} />, testId: 'order-payment-status' },
        order.confirmedAt ? { label: t('orders.confirmedAt'), value: formatDateTime(lang, order.confirmedAt) } : null,
        order.status === 'formed' && order.confirmDeadline ? { label: t('orders.confirmDeadline'), value: formatDateTime(lang, order.confirmDeadline) } : null,
        order.contractId ? { label: t('orders.contract'), value: t('orders.contractOrder') } : null,
        order.reason ? { label: t('operator.reason'), value: order.reason } : null,
      ]}
    />
  );
}
