import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { conflict } from '../../../shared/errors.ts';
import { whoIs } from '../booking-actor.ts';
import type { OrderDetail } from '../contracts.ts';
import { loadOrderDetail } from '../views/load-order-detail.ts';
import { cancelOrder } from './cancel-order.ts';
import { findOwnOrder } from './find-own-order.ts';

/**
 * The client withdraws their own order while it waits (formed or processed) and nothing
 * is paid; once money has come in, a return at the point of sale is the way out.
 */
export async function cancelMyOrder(deps: AppDeps, actor: Actor, orderId: string, reason: string | undefined): Promise<OrderDetail> {
  return deps.database.db.transaction(async (tx) => {
    const order = await findOwnOrder(tx, actor, orderId, true);
    if (order.status !== 'formed' && order.status !== 'processed') {
      throw conflict('illegal_transition', `An order that is ${order.status} cannot be cancelled by the client.`, {
        extra: { currentStatus: order.status, requested: 'cancelled' },
      });
    }
    if (order.paidMinor > 0) {
      throw conflict('order_paid', 'This order has payments; ask for a return at a point of sale.', {
        extra: { currentStatus: order.status, paymentStatus: order.paymentStatus },
      });
    }
    const cancelled = await cancelOrder(tx, order, { who: whoIs(actor), now: deps.clock.now(), reason: reason ?? 'cancelled_by_client', topic: 'order_cancelled' });
    return loadOrderDetail(tx, cancelled);
  });
}
