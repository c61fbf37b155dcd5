import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { whoIs } from '../booking-actor.ts';
import type { StaffOrderDetail } from '../staff-orders/contracts.ts';
import { loadStaffOrderDetail } from '../staff-orders/load-staff-order-detail.ts';
import { issueOrderTickets } from './issue-order-tickets.ts';
import { lockedOrder } from './locked-order.ts';

/** A cashier hands over some or all of an order's tickets (only what is paid for). */
export async function issueTickets(deps: AppDeps, actor: Actor, orderId: string, ticketIds: readonly string[] | undefined): Promise<StaffOrderDetail> {
  return deps.database.db.transaction(async (tx) => {
    const order = await lockedOrder(tx, orderId);
    const { order: issued } = await issueOrderTickets(tx, deps.config, order, { ticketIds, who: whoIs(actor), now: deps.clock.now() });
    return loadStaffOrderDetail(tx, issued);
  });
}
