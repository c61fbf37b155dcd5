import { type AuditActor, recordAudit } from '../../audit/index.ts';
import { enqueueNotification } from '../../notifications/index.ts';
import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import { recordStatusChanges } from '../history-repository.ts';
import { assertTransition as assertOrderTransition } from '../order-state-machine.ts';
import { updateOrder } from '../order-repository.ts';
import { findRequest } from '../request-repository.ts';
import type { OrderRow } from '../tables.ts';
import { keepReserved } from './reservation.ts';

export interface ConfirmedOrder {
  order: OrderRow;
  /** It was confirmed before: a second click on the link changes nothing. */
  alreadyConfirmed: boolean;
}

/**
 * The client agrees to the order's composition and cost: `formed` -> `processed`, its
 * hold kept as a reservation until paid, recorded and announced. The order must be
 * locked by the caller. Confirming twice is harmless; after the deadline it is 409.
 */
export async function confirmOrder(tx: Db, order: OrderRow, who: AuditActor, now: Date, via: string): Promise<ConfirmedOrder> {
  if (order.status === 'processed' && order.confirmedAt) return { order, alreadyConfirmed: true };
  assertOrderTransition(order.status, 'processed');
  if (order.confirmDeadline && order.confirmDeadline.getTime() < now.getTime()) {
    throw conflict('confirmation_deadline_passed', 'The time to confirm this order has passed; its seats are being released.', {
      extra: { currentStatus: order.status, confirmDeadline: order.confirmDeadline.toISOString() },
    });
  }
  const request = await findRequest(tx, order.requestId);
  if (!request) throw new Error(`order ${order.id} has no request`);
  const reservedUntil = await keepReserved(tx, request, now, order.confirmDeadline ?? now);
  const confirmed = await updateOrder(tx, order.id, { status: 'processed', confirmedAt: now, updatedAt: now });
  await recordStatusChanges(tx, who, now, [{ entity: 'order', entityId: order.id, from: order.status, to: 'processed', reason: via }]);
  await recordAudit(tx, {
    actor: who,
    action: 'order.confirmed',
    entity: 'order',
    entityId: order.id,
    before: { status: order.status },
    after: { status: 'processed', reservedUntil },
    reason: via,
  });
  await enqueueNotification(tx, {
    topic: 'order_confirmed',
    clientId: order.clientId,
    requestId: order.requestId,
    orderId: order.id,
    bookingNumber: order.bookingNumber,
    data: { bookingNumber: order.bookingNumber, totalKopecks: order.totalMinor, clientName: '' },
  });
  return { order: confirmed, alreadyConfirmed: false };
}
