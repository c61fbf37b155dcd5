import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../api.ts';
import { confirmOrder, getMyOrder, type OrderDetail } from '../../endpoints/booking.ts';
import { canPay, findTicketsPdf, ticketsPdfUrl } from '../../endpoints/payments.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { errorMessage } from '../../ui/error-text.ts';
import { FormAlert, LoadError, Loading, Notice } from '../../ui/loading.tsx';
import { NotFoundPage } from '../../ui/pages.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { useCapabilities } from '../../ui/use-capabilities.ts';
import { useResource } from '../../ui/use-resource.ts';
import { CancelOrderDialog } from './cancel-order-dialog.tsx';
import { HistoryList } from './history-list.tsx';
import { PayDialog } from './pay-dialog.tsx';
import { TicketTable } from './ticket-table.tsx';

const payable = new Set<OrderDetail['status']>(['processed', 'partially_issued']);

/** One order: its status and payment, what to do next (confirm, pay, download, cancel), tickets, history. */
export function OrderDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const order = useResource(() => getMyOrder(id), [id]);
  const capabilities = useCapabilities();
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'pay' | 'cancel' | null>(null);
  usePageTitle(order.data ? t('account.orderTitle', { number: order.data.bookingNumber }) : undefined);

  if (isApiError(order.error) && (order.error.status === 404 || order.error.status === 400)) return <NotFoundPage />;
  if (order.error) return <LoadError error={order.error} onRetry={order.reload} />;
  if (!order.data) return <Loading />;
  const data = order.data;
  const money = (minor: number) => formatMoney(lang, minor, data.currency);
  const payOnline = capabilities ? canPay(capabilities) : false;
  const pdfOperation = capabilities ? findTicketsPdf(capabilities) : null;
  const due = data.totalMinor - data.paidMinor;
  // Tickets are printed once issued at a box office (ADR 0007): only then is there a PDF.
  const issued = data.tickets.some((ticket) => ticket.status === 'issued');

  const confirm = async () => {
    setBusy(true);
    setActionError(null);
    try {
      order.setData(await confirmOrder(data.id));
      setNotice(t('account.confirmed'));
    } catch (failure) {
      setActionError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article>
      <h1>{t('account.orderTitle', { number: data.bookingNumber })}</h1>
      <p>
        <StatusBadge entity="order" status={data.status} /> · <StatusBadge entity="payment" status={data.paymentStatus} />
      </p>
      <dl className="facts-grid">
        <dt>{t('account.amount')}</dt>
        <dd data-testid="order-total">{money(data.totalMinor)}</dd>
        <dt>{t('account.paid')}</dt>
        <dd>{money(data.paidMinor)}</dd>
        <dt>{t('account.createdOrder')}</dt>
        <dd>{formatDateTime(lang, data.createdAt)}</dd>
      </dl>
      {data.reason ? <p>{t('account.reason', { reason: data.reason })}</p> : null}
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {actionError ? <FormAlert>{errorMessage(t, actionError)}</FormAlert> : null}

      {data.status === 'formed' ? (
        <section className="alert alert-warning" aria-labelledby="confirm-title">
          <h2 id="confirm-title">{t('account.confirm')}</h2>
          <p>{t('account.confirmText')}</p>
          {data.confirmDeadline ? <p>{t('account.confirmDeadline', { time: formatDateTime(lang, data.confirmDeadline) })}</p> : null}
          <Button variant="primary" onClick={() => void confirm()} busy={busy} busyLabel={t('account.confirming')}>
            {t('account.confirm')}
          </Button>
        </section>
      ) : null}

      <div className="actions">
        {payOnline && payable.has(data.status) && data.paymentStatus !== 'paid' && due > 0 ? (
          <Button variant="primary" onClick={() => setDialog('pay')}>
            {t('account.pay')}
          </Button>
        ) : null}
        {pdfOperation && issued ? (
          <a className="button" href={ticketsPdfUrl(pdfOperation, data.id)} download={`tickets-${data.bookingNumber}.pdf`}>
            {t('account.downloadPdf')}
          </a>
        ) : null}
        {(data.status === 'formed' || data.status === 'processed') && data.paidMinor === 0 ? (
          <Button variant="danger" onClick={() => setDialog('cancel')}>
            {t('account.cancel')}
          </Button>
        ) : null}
      </div>

      {payable.has(data.status) && !issued ? <p className="muted">{t('account.issueNote', { number: data.bookingNumber })}</p> : null}
      <TicketTable tickets={data.tickets} currency={data.currency} />
      <HistoryList history={data.history} />

      {payOnline ? (
        <PayDialog
          open={dialog === 'pay'}
          order={data}
          onClose={() => setDialog(null)}
          onPaid={(balanceAfterMinor) => {
            setDialog(null);
            setNotice(`${t('account.paidNotice')} ${t('account.balanceAfter', { amount: money(balanceAfterMinor) })}`);
            order.reload();
          }}
        />
      ) : null}
      <CancelOrderDialog
        open={dialog === 'cancel'}
        order={data}
        onClose={() => setDialog(null)}
        onCancelled={(cancelled) => {
          setDialog(null);
          order.setData(cancelled);
          setNotice(t('account.cancelled'));
        }}
      />
    </article>
  );
}
