import type { Db } from '../../../server/db/types.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import type { OrderDetail } from '../contracts.ts';
import { findOwnOrder } from '../orders/find-own-order.ts';
import { loadOrderDetail } from './load-order-detail.ts';

/** One of the client's orders with its tickets, payment status and history; another client's is 404. */
export async function getMyOrder(db: Db, actor: Actor, orderId: string): Promise<OrderDetail> {
  return loadOrderDetail(db, await findOwnOrder(db, actor, orderId));
}
