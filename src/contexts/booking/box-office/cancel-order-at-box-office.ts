import { refundOrderPayments } from '../../payments/index.ts';
import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { whoIs } from '../booking-actor.ts';
import { findOrder } from '../order-repository.ts';
import { cancelOrder } from '../orders/cancel-order.ts';
import type { StaffOrderDetail } from '../staff-orders/contracts.ts';
import { loadStaffOrderDetail } from '../staff-orders/load-staff-order-detail.ts';
import { lockedOrder } from './locked-order.ts';

/**
 * Staff call off an order before anything is issued (formed or processed): what it holds
 * goes back on sale, its tickets are void, and whatever was paid goes back where it came
 * from. Nothing was sold yet (ADR 0007), so it is a cancellation, not a return. Once a
 * ticket is issued, the way out is a return (409 with the current status).
 */
export async function cancelOrderAtBoxOffice(deps: AppDeps, actor: Actor, orderId: string, reason: string): Promise<StaffOrderDetail> {
  const now = deps.clock.now();
  const who = whoIs(actor);
  return deps.database.db.transaction(async (tx) => {
    const order = await lockedOrder(tx, orderId);
    const cancelled = await cancelOrder(tx, order, { who, now, reason, topic: 'order_cancelled' });
    if (order.paidMinor > 0) await refundOrderPayments(tx, { orderId: order.id, amountMinor: order.paidMinor, reason, actor: who, now });
    return loadStaffOrderDetail(tx, (await findOrder(tx, order.id)) ?? cancelled);
  });
}
