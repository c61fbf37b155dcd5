import type { Db } from '../../../server/db/types.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { notFound } from '../../../shared/errors.ts';
import { findOrder, lockOrder } from '../order-repository.ts';
import type { OrderRow } from '../tables.ts';

export const orderNotFound = () => notFound('order_not_found', 'There is no such order.', { field: 'params.id' });

/**
 * The client's own order (locked when asked). Another client's order answers 404 like
 * an unknown one, so an id reveals nothing.
 */
export async function findOwnOrder(db: Db, actor: Actor, orderId: string, lock = false): Promise<OrderRow> {
  const order = lock ? await lockOrder(db, orderId) : await findOrder(db, orderId);
  if (!order || !actor.clientId || order.clientId !== actor.clientId) throw orderNotFound();
  return order;
}
