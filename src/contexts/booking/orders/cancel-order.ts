import { type AuditActor, recordAudit } from '../../audit/index.ts';
import { releaseHold } from '../../inventory/index.ts';
import { enqueueNotification, type NotificationTopic } from '../../notifications/index.ts';
import type { Db } from '../../../server/db/types.ts';
import { recordStatusChanges } from '../history-repository.ts';
import { assertTransition as assertOrderTransition } from '../order-state-machine.ts';
import { cancelTicketsOf, updateOrder } from '../order-repository.ts';
import { findRequest } from '../request-repository.ts';
import type { OrderRow } from '../tables.ts';

/**
 * Cancels an order the caller has locked: its seats, places and units go back on sale,
 * its tickets are void, and the client is told why. 409 with the current status when
 * the order may no longer be cancelled.
 */
export async function cancelOrder(
  tx: Db,
  order: OrderRow,
  change: { who: AuditActor; now: Date; reason: string; topic: Extract<NotificationTopic, 'order_cancelled' | 'hold_expired'> },
): Promise<OrderRow> {
  const { who, now, reason } = change;
  assertOrderTransition(order.status, 'cancelled');
  const request = await findRequest(tx, order.requestId);
  const released = request ? await releaseHold(tx, request.holdId) : null;
  const ticketIds = await cancelTicketsOf(tx, order.id);
  const cancelled = await updateOrder(tx, order.id, { status: 'cancelled', reason, updatedAt: now });
  await recordStatusChanges(tx, who, now, [
    { entity: 'order', entityId: order.id, from: order.status, to: 'cancelled', reason },
    ...ticketIds.map((id) => ({ entity: 'ticket' as const, entityId: id, from: 'active', to: 'cancelled', reason })),
  ]);
  await recordAudit(tx, {
    actor: who,
    action: 'order.cancelled',
    entity: 'order',
    entityId: order.id,
    before: { status: order.status },
    after: { status: 'cancelled', released, tickets: ticketIds.length },
    reason,
  });
  await enqueueNotification(tx, {
    topic: change.topic,
    clientId: order.clientId,
    requestId: order.requestId,
    orderId: order.id,
    bookingNumber: order.bookingNumber,
    data: { bookingNumber: order.bookingNumber, reason, clientName: '' },
  });
  return cancelled;
}
