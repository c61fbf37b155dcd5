import { recordAudit, type AuditActor } from '../../audit/index.ts';
import { applyOrderPayment } from '../../booking/index.ts';
import type { Db } from '../../../server/db/types.ts';
import type { OrderPaymentState, PaymentView } from '../contracts.ts';
import type { Leg } from '../ledger/ledger-rules.ts';
import { postLedgerTransaction } from '../ledger/post-ledger-transaction.ts';
import { ordersAccount } from '../ledger/system-accounts.ts';
import { lockOrderForPayment } from '../shared/order-access.ts';
import { insertPayments, refundablePayments } from '../shared/payments-repository.ts';
import { toOrderPaymentState, toPaymentView } from '../shared/views.ts';
import { planRefund } from './plan-refund.ts';

export interface OrderRefund {
  orderId: string;
  /** What to give back (e.g. the frozen prices of the returned tickets); 0 refunds nothing. */
  amountMinor: number;
  reason: string;
  actor: AuditActor;
  now: Date;
  pointOfSale?: string | null;
  requestId?: string | null;
}

export interface RefundResult {
  refundedMinor: number;
  /** One per payment given money back for (negative amounts), each to where it came from. */
  refunds: PaymentView[];
  order: OrderPaymentState;
}

/**
 * Gives money back for an order in the caller's transaction (a return): split over its
 * payments latest first, each part back to where it came from (the client's account, the
 * contract's balance, or the box office's cash or card), as one balanced ledger movement
 * with a negative payment row per part; the order's paid amount goes down by the same.
 * More than was paid is 422 'refund_exceeds_paid'. The return's message is the caller's.
 */
export async function refundOrderPayments(tx: Db, refund: OrderRefund): Promise<RefundResult> {
  const order = await lockOrderForPayment(tx, refund.orderId);
  const sources = await refundablePayments(tx, order.id);
  const parts = planRefund(sources.map((s) => ({ paymentId: s.payment.id, refundableMinor: s.refundableMinor })), refund.amountMinor);
  if (parts.length === 0) return { refundedMinor: 0, refunds: [], order: toOrderPaymentState(order) };

  const paymentOf = new Map(sources.map((s) => [s.payment.id, s.payment]));
  const planned = parts.map((part) => ({ ...part, payment: paymentOf.get(part.paymentId)! }));
  const back = new Map<string, Leg>();
  for (const { payment, amountMinor } of planned) {
    const leg = back.get(payment.sourceAccountId) ?? { account: { id: payment.sourceAccountId, kind: payment.sourceKind }, amountMinor: 0 };
    back.set(payment.sourceAccountId, { ...leg, amountMinor: leg.amountMinor + amountMinor });
  }
  const kinds = new Set(planned.map((p) => p.payment.kind));
  const { transaction } = await postLedgerTransaction(tx, {
    kind: 'refund',
    paymentKind: kinds.size === 1 ? planned[0]!.payment.kind : null,
    order: { id: order.id, bookingNumber: order.bookingNumber },
    pointOfSale: refund.pointOfSale ?? null,
    reason: refund.reason,
    actor: refund.actor,
    now: refund.now,
    legs: [{ account: ordersAccount, amountMinor: -refund.amountMinor }, ...back.values()],
  });
  const rows = await insertPayments(
    tx,
    planned.map(({ payment, amountMinor }) => ({
      orderId: order.id,
      kind: payment.kind,
      amountMinor: -amountMinor,
      currency: payment.currency,
      pointOfSale: refund.pointOfSale ?? null,
      staffId: refund.actor.kind === 'staff' ? refund.actor.id : null,
      refundOf: payment.id,
      note: refund.reason,
      createdAt: refund.now,
      sourceAccountId: payment.sourceAccountId,
      ledgerTransactionId: transaction.id,
    })),
  );
  const refunded = await applyOrderPayment(tx, order.id, -refund.amountMinor, refund.now);
  await recordAudit(tx, {
    actor: refund.actor,
    action: 'payment.refunded',
    entity: 'order',
    entityId: order.id,
    before: { paidMinor: order.paidMinor, paymentStatus: order.paymentStatus },
    after: { refundedMinor: refund.amountMinor, paidMinor: refunded.paidMinor, paymentStatus: refunded.paymentStatus, ledgerTransactionId: transaction.id, parts: rows.map((r) => ({ paymentId: r.refundOf, kind: r.kind, amountMinor: r.amountMinor })) },
    reason: refund.reason,
    requestId: refund.requestId ?? null,
  });
  return {
    refundedMinor: refund.amountMinor,
    refunds: rows.map((row) => toPaymentView(row, paymentOf.get(row.refundOf ?? '')?.sourceKind ?? 'box_office')),
    order: toOrderPaymentState(refunded),
  };
}
