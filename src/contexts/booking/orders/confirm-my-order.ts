import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { whoIs } from '../booking-actor.ts';
import type { OrderDetail } from '../contracts.ts';
import { loadOrderDetail } from '../views/load-order-detail.ts';
import { confirmOrder } from './confirm-order.ts';
import { findOwnOrder } from './find-own-order.ts';

/** The client confirms their own order in their account. */
export async function confirmMyOrder(deps: AppDeps, actor: Actor, orderId: string): Promise<OrderDetail> {
  return deps.database.db.transaction(async (tx) => {
    const order = await findOwnOrder(tx, actor, orderId, true);
    const { order: confirmed } = await confirmOrder(tx, order, whoIs(actor), deps.clock.now(), 'account');
    return loadOrderDetail(tx, confirmed);
  });
}
