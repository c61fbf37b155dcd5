import type { AppDeps } from '../../../server/deps.ts';
import { staffOrderNotFound } from '../box-office/locked-order.ts';
import { findOrder } from '../order-repository.ts';
import { printOrderTickets, type TicketsPdf } from './print-order-tickets.ts';

/** An order's issued tickets as a PDF, printed at the box office. */
export async function getStaffTicketsPdf(deps: AppDeps, orderId: string): Promise<TicketsPdf> {
  const order = await findOrder(deps.database.db, orderId);
  if (!order) throw staffOrderNotFound();
  return printOrderTickets(deps.database.db, order, deps.clock.now());
}
