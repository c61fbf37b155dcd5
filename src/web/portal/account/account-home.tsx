import { Link } from 'react-router';
import { listMyOrders, listMyRequests } from '../../endpoints/booking.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';
import { LoadError, Loading, Notice } from '../../ui/loading.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { OrderTable } from './order-list.tsx';
import { RequestTable } from './request-list.tsx';

/** The account's first page: recent requests and orders, and what waits for the client. */
export function AccountHome() {
  const { t } = useI18n();
  const { actor } = useSession();
  const requests = useResource(() => listMyRequests({ limit: 5 }), []);
  const orders = useResource(() => listMyOrders({ limit: 5 }), []);
  const toConfirm = (orders.data?.items ?? []).filter((order) => order.status === 'formed').length;
  return (
    <>
      <h1>{t('account.hello', { name: actor?.displayName ?? '' })}</h1>
      {toConfirm > 0 ? <Notice tone="warning">{t('account.toConfirm', { count: toConfirm })}</Notice> : null}
      <section aria-labelledby="recent-requests">
        <h2 id="recent-requests">{t('account.recentRequests')}</h2>
        {requests.loading ? <Loading /> : null}
        {requests.error ? <LoadError error={requests.error} onRetry={requests.reload} /> : null}
        {requests.data ? <RequestTable requests={requests.data.items} /> : null}
        <p>
          <Link to="/account/requests">{t('account.all')}: {t('account.requests')}</Link>
        </p>
      </section>
      <section aria-labelledby="recent-orders">
        <h2 id="recent-orders">{t('account.recentOrders')}</h2>
        {orders.loading ? <Loading /> : null}
        {orders.error ? <LoadError error={orders.error} onRetry={orders.reload} /> : null}
        {orders.data ? <OrderTable orders={orders.data.items} /> : null}
        <p>
          <Link to="/account/orders">{t('account.all')}: {t('account.orders')}</Link>
        </p>
      </section>
    </>
  );
}
