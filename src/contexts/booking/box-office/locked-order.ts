import type { Db } from '../../../server/db/types.ts';
import { notFound } from '../../../shared/errors.ts';
import { lockOrder } from '../order-repository.ts';
import type { OrderRow } from '../tables.ts';

export const staffOrderNotFound = () => notFound('order_not_found', 'There is no such order.', { field: 'params.orderId' });

/** The order, locked for the rest of the transaction (payments lock it too, so they take turns); 404 when there is none. */
export async function lockedOrder(tx: Db, orderId: string): Promise<OrderRow> {
  const order = await lockOrder(tx, orderId);
  if (!order) throw staffOrderNotFound();
  return order;
}
