import type { Db } from '../../../server/db/types.ts';
import type { OrderPaymentState, PaymentView } from '../contracts.ts';
import { findOrderSummary, orderNotFound } from '../shared/order-access.ts';
import { paymentsOfOrder } from '../shared/payments-repository.ts';
import { toOrderPaymentState, toPaymentView } from '../shared/views.ts';

/** What the box office sees of an order's money: the amounts and every payment and refund. */
export async function listOrderPayments(db: Db, orderId: string): Promise<{ order: OrderPaymentState; payments: PaymentView[] }> {
  const order = await findOrderSummary(db, orderId);
  if (!order) throw orderNotFound();
  const rows = await paymentsOfOrder(db, orderId);
  return { order: toOrderPaymentState(order), payments: rows.map((row) => toPaymentView(row, row.sourceKind)) };
}
