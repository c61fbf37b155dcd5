import type { AuditActor } from '../../audit/index.ts';
import type { Db } from '../../../server/db/types.ts';
import { recordStatusChanges } from '../history-repository.ts';
import { assertTransition, orderStatusFromTickets } from '../order-state-machine.ts';
import { type NewOrder, updateOrder } from '../order-repository.ts';
import type { OrderRow } from '../tables.ts';
import { countTicketsByStatus } from '../tickets/ticket-repository.ts';

/**
 * Writes the order after its tickets changed (issued, returned): the status its tickets
 * now give it (ADR 0003; never chosen by hand), with `patch`, and the move in its
 * history when the status changed. Runs in the caller's transaction, order locked.
 */
export async function settleOrder(
  tx: Db,
  order: OrderRow,
  change: { who: AuditActor; now: Date; reason: string | null; patch?: Partial<NewOrder> },
): Promise<OrderRow> {
  const status = orderStatusFromTickets(order.status, await countTicketsByStatus(tx, order.id));
  assertTransition(order.status, status);
  const settled = await updateOrder(tx, order.id, { ...change.patch, status, updatedAt: change.now });
  if (status !== order.status) {
    await recordStatusChanges(tx, change.who, change.now, [{ entity: 'order', entityId: order.id, from: order.status, to: status, reason: change.reason }]);
  }
  return settled;
}
