import { recordAudit, type AuditActor } from '../../audit/index.ts';
import { applyOrderPayment, type OrderRow } from '../../booking/index.ts';
import { enqueueNotification } from '../../notifications/index.ts';
import type { Db } from '../../../server/db/types.ts';
import type { Leg } from '../ledger/ledger-rules.ts';
import { postLedgerTransaction } from '../ledger/post-ledger-transaction.ts';
import { ordersAccount } from '../ledger/system-accounts.ts';
import type { PaymentKind, PaymentRow } from '../tables.ts';
import { insertPayments } from './payments-repository.ts';

/** Test seams: a failure injected here shows that nothing of a half-done payment stays. */
export interface PaymentHooks {
  afterLedgerWrite?(tx: Db): Promise<void>;
}

export interface OrderPaymentInput {
  /** Locked by the caller, and checked to take this amount. */
  order: OrderRow;
  /** Where the money comes from: a box-office account, the client's account, a contract (with its floor). */
  from: Omit<Leg, 'amountMinor'>;
  kind: PaymentKind;
  amountMinor: number;
  pointOfSale?: string | null;
  note?: string | null;
  actor: AuditActor;
  now: Date;
  requestId?: string | null;
  hooks?: PaymentHooks;
}

/**
 * Takes a payment for an order in the caller's transaction: the ledger movement (source to
 * orders), the payment row, the order's paid amount and status (booking's applyOrderPayment),
 * the audit record and the client's message; all of it or, when anything throws, none.
 */
export async function takeOrderPayment(tx: Db, input: OrderPaymentInput): Promise<{ payment: PaymentRow; order: OrderRow; balanceAfterMinor: number | null }> {
  const { order, amountMinor, now } = input;
  const { transaction, entries } = await postLedgerTransaction(tx, {
    kind: 'payment',
    paymentKind: input.kind,
    order: { id: order.id, bookingNumber: order.bookingNumber },
    pointOfSale: input.pointOfSale ?? null,
    note: input.note ?? null,
    actor: input.actor,
    now,
    legs: [
      { ...input.from, amountMinor: -amountMinor },
      { account: ordersAccount, amountMinor },
    ],
  });
  const [payment] = await insertPayments(tx, [
    {
      orderId: order.id,
      kind: input.kind,
      amountMinor,
      currency: order.currency,
      pointOfSale: input.pointOfSale ?? null,
      staffId: input.actor.kind === 'staff' ? input.actor.id : null,
      note: input.note ?? null,
      createdAt: now,
      sourceAccountId: input.from.account.id,
      ledgerTransactionId: transaction.id,
    },
  ]);
  if (!payment) throw new Error('payment insert returned no row');
  await input.hooks?.afterLedgerWrite?.(tx);
  const paid = await applyOrderPayment(tx, order.id, amountMinor, now);
  await recordAudit(tx, {
    actor: input.actor,
    action: 'payment.received',
    entity: 'order',
    entityId: order.id,
    before: { paidMinor: order.paidMinor, paymentStatus: order.paymentStatus },
    after: { paymentId: payment.id, kind: input.kind, amountMinor, paidMinor: paid.paidMinor, paymentStatus: paid.paymentStatus, ledgerTransactionId: transaction.id },
    requestId: input.requestId ?? null,
  });
  await enqueueNotification(tx, {
    topic: 'payment_received',
    clientId: order.clientId,
    requestId: order.requestId,
    orderId: order.id,
    bookingNumber: order.bookingNumber,
    data: { bookingNumber: order.bookingNumber, clientName: '', amountKopecks: amountMinor, outstandingKopecks: Math.max(0, paid.totalMinor - paid.paidMinor) },
  });
  const balanceAfterMinor = entries.find((entry) => entry.accountId === input.from.account.id)?.balanceAfterMinor ?? null;
  return { payment, order: paid, balanceAfterMinor };
}
