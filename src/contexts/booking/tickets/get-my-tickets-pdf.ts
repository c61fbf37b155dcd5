import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { findOwnOrder } from '../orders/find-own-order.ts';
import { printOrderTickets, type TicketsPdf } from './print-order-tickets.ts';

/** The client's own issued tickets as a PDF; another client's order is 404 like an unknown one. */
export async function getMyTicketsPdf(deps: AppDeps, actor: Actor, orderId: string): Promise<TicketsPdf> {
  const db = deps.database.db;
  return printOrderTickets(db, await findOwnOrder(db, actor, orderId), deps.clock.now());
}
