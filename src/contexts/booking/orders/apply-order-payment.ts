import type { Db } from '../../../server/db/types.ts';
import { sumMinor } from '../../../shared/money.ts';
import { paymentStatus } from '../order-state-machine.ts';
import { lockOrder, updateOrder } from '../order-repository.ts';
import type { OrderRow } from '../tables.ts';

/**
 * Moves the order's paid amount by `deltaMinor` (negative for a refund) and its payment
 * status with it, in the caller's transaction: the payments context calls it in the same
 * transaction as the payment's ledger entries, so the two never disagree. The amount
 * stays between zero and the total (the payments context refuses more before it gets here).
 */
export async function applyOrderPayment(tx: Db, orderId: string, deltaMinor: number, now: Date): Promise<OrderRow> {
  const order = await lockOrder(tx, orderId);
  if (!order) throw new Error(`order ${orderId} does not exist`);
  const paidMinor = sumMinor([order.paidMinor, deltaMinor]);
  if (paidMinor < 0 || paidMinor > order.totalMinor) {
    throw new Error(`order ${orderId}: paid ${paidMinor} would leave 0..${order.totalMinor}`);
  }
  return updateOrder(tx, orderId, { paidMinor, paymentStatus: paymentStatus(order.totalMinor, paidMinor), updatedAt: now });
}
