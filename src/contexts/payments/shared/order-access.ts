import { eq } from 'drizzle-orm';
import { orders, type OrderRow } from '../../booking/index.ts';
import type { Db } from '../../../server/db/types.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { notFound } from '../../../shared/errors.ts';

// Orders are booking's; payments reads and locks their row (booking exports the table)
// and changes the paid amount only through booking's applyOrderPayment.

export const orderNotFound = (field = 'params.orderId') => notFound('order_not_found', 'There is no such order.', { field });

/** The order, locked until the transaction ends, so two payments of it take turns. */
export async function lockOrderForPayment(tx: Db, orderId: string): Promise<OrderRow> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  if (!order) throw orderNotFound();
  return order;
}

/** The caller's own order, locked; another client's order answers 404 like an unknown one. */
export async function lockOwnOrder(tx: Db, actor: Actor, orderId: string): Promise<OrderRow> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  if (!order || !actor.clientId || order.clientId !== actor.clientId) throw orderNotFound();
  return order;
}

export async function findOrderSummary(db: Db, orderId: string): Promise<OrderRow | null> {
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  return order ?? null;
}
