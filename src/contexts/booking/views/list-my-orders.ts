import type { Db } from '../../../server/db/types.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { clientIdOf } from '../booking-actor.ts';
import type { OrderPage } from '../contracts.ts';
import { listClientOrders } from '../request-queue-repository.ts';
import { toOrderSummary } from './to-view.ts';

/** The client's own orders, newest first, with their payment status. */
export async function listMyOrders(db: Db, actor: Actor, page: { limit: number; offset: number }): Promise<OrderPage> {
  const { items, total } = await listClientOrders(db, clientIdOf(actor), page);
  return { items: items.map(toOrderSummary), total, limit: page.limit, offset: page.offset };
}
