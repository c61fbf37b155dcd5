import { useState } from 'react';
import { formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { errorMessage } from '../../ui/error-text.ts';
import { FormAlert } from '../../ui/loading.tsx';
import type { StaffOrderDetail, StaffTicket } from '../orders/orders-api.ts';
import { TicketTable } from '../orders/ticket-table.tsx';
import { ReasonDialog } from '../shared/reason-dialog.tsx';
import { issueTickets, returnTickets, ticketsPdfUrl } from './box-office-api.ts';
import { refundOf } from './refund-of.ts';

const issuable = (ticket: StaffTicket) => ticket.status === 'active';
const returnable = (ticket: StaffTicket) => ticket.status === 'active' || ticket.status === 'issued';
const issuingOrder = new Set<StaffOrderDetail['status']>(['processed', 'partially_issued']);

/**
 * The tickets at the counter: hand over the chosen ones or all that wait (only as many
 * as are paid for: the server says how much is short), print them, and take chosen
 * ones back with a reason; the refund is shown as the server made it.
 */
export function TicketDesk({ order, onChanged }: { order: StaffOrderDetail; onChanged: (next: StaffOrderDetail, text: string) => void }) {
  const { t, lang } = useI18n();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<'some' | 'all' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [returning, setReturning] = useState(false);
  const chosen = order.tickets.filter((ticket) => selected.has(ticket.id));
  const waiting = order.tickets.filter(issuable);
  const canIssue = issuingOrder.has(order.status);
  const printable = order.tickets.some((ticket) => ticket.status === 'issued');
  const money = (minor: number) => formatMoney(lang, minor, order.currency);

  const toggle = (ticketId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(ticketId)) next.add(ticketId);
      return next;
    });
  const issue = async (which: 'some' | 'all') => {
    setBusy(which);
    setError(null);
    try {
      const count = which === 'all' ? waiting.length : chosen.length;
      const next = await issueTickets(order.id, which === 'all' ? undefined : chosen.map((ticket) => ticket.id));
      setSelected(new Set());
      onChanged(next, t('cashier.issued', { count }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };
  const takeBack = async (reason: string) => {
    const next = await returnTickets(order.id, chosen.map((ticket) => ticket.id), reason);
    const refund = refundOf(order.payments, next.payments);
    setSelected(new Set());
    onChanged(next, refund.minor > 0 ? t('cashier.returnedWithRefund', { count: chosen.length, refund: money(refund.minor), kinds: refund.kinds.map((kind) => t(`paymentKind.${kind}`)).join(', ') }) : t('cashier.returnedNoRefund', { count: chosen.length }));
  };

  return (
    <section aria-labelledby="desk-title" className="panel">
      <h2 id="desk-title">{t('orders.tickets')}</h2>
      <TicketTable
        tickets={order.tickets}
        currency={order.currency}
        selection={{ selected, onToggle: toggle, selectable: returnable, label: t('cashier.choose') }}
      />
      <FormAlert>{error ? errorMessage(t, error) : null}</FormAlert>
      <div className="actions">
        {canIssue ? (
          <>
            <Button variant="primary" onClick={() => void issue('some')} busy={busy === 'some'} disabled={chosen.length === 0 || !chosen.every(issuable)}>
              {t('cashier.issueChosen', { count: chosen.length })}
            </Button>
            <Button onClick={() => void issue('all')} busy={busy === 'all'} disabled={waiting.length === 0}>
              {t('cashier.issueAll', { count: waiting.length })}
            </Button>
          </>
        ) : null}
        {printable ? (
          <a className="button" href={ticketsPdfUrl(order.id)} target="_blank" rel="noopener">
            {t('cashier.print')}
          </a>
        ) : null}
        <Button variant="danger" onClick={() => setReturning(true)} disabled={chosen.length === 0}>
          {t('cashier.returnChosen', { count: chosen.length })}
        </Button>
      </div>
      {chosen.length > 0 && !chosen.every(issuable) && canIssue ? <p className="muted small">{t('cashier.onlyWaitingIssue')}</p> : null}
      <ReasonDialog
        open={returning}
        title={t('cashier.returnTitle', { count: chosen.length })}
        label={t('cashier.returnReason')}
        submitLabel={t('cashier.returnSubmit')}
        onClose={() => setReturning(false)}
        onSubmit={takeBack}
      >
        <p>{t('cashier.returnText', { amount: money(chosen.reduce((sum, ticket) => sum + ticket.priceMinor, 0)) })}</p>
      </ReasonDialog>
    </section>
  );
}
