import { systemActor } from '../../audit/index.ts';
import { expireHolds } from '../../inventory/index.ts';
import { enqueueNotification } from '../../notifications/index.ts';
import type { AppDeps } from '../../../server/deps.ts';
import { confirmationUrl } from '../orders/confirmation-link.ts';
import { cancelOrder } from '../orders/cancel-order.ts';
import { termsOfRequest } from '../orders/terms-of-request.ts';
import { claimExpiredRequests } from '../request-repository.ts';
import { claimOrdersToRemind, claimUnconfirmedOrders, updateOrder } from '../order-repository.ts';
import { closeRejected } from '../processing/reject-request.ts';

const BATCH = 100;
/** How long before its confirmation deadline the client is reminded (once). */
export const REMIND_BEFORE_MS = 60 * 60 * 1000;

/**
 * One run of the hold-expiry job at `now`: requests whose hold lapsed before anyone
 * processed them are rejected ('hold_expired'); formed orders past their confirmation
 * deadline are cancelled ('confirmation_deadline_passed'); orders near it are reminded
 * once; then whatever else is held past its deadline is put back on sale. Each batch is
 * claimed with FOR UPDATE SKIP LOCKED, so several processes may run it at once.
 * Says how many things it handled.
 */
export async function expireBookings(deps: AppDeps, now: Date): Promise<number> {
  const db = deps.database.db;
  const rejected = await db.transaction(async (tx) => {
    const requests = await claimExpiredRequests(tx, now, BATCH);
    for (const request of requests) {
      await closeRejected(tx, request, { who: systemActor, now, reason: 'hold_expired', topic: 'hold_expired' });
    }
    return requests.length;
  });
  const cancelled = await db.transaction(async (tx) => {
    const orders = await claimUnconfirmedOrders(tx, now, BATCH);
    for (const order of orders) {
      await cancelOrder(tx, order, { who: systemActor, now, reason: 'confirmation_deadline_passed', topic: 'hold_expired' });
    }
    return orders.length;
  });
  const reminded = await db.transaction(async (tx) => {
    const orders = await claimOrdersToRemind(tx, now, new Date(now.getTime() + REMIND_BEFORE_MS), BATCH);
    for (const order of orders) {
      const deadline = order.confirmDeadline ?? now;
      const terms = await termsOfRequest(tx, order.requestId);
      await enqueueNotification(tx, {
        topic: 'hold_expiring',
        clientId: order.clientId,
        requestId: order.requestId,
        orderId: order.id,
        bookingNumber: order.bookingNumber,
        data: { bookingNumber: order.bookingNumber, expiresAt: deadline.toISOString(), confirmUrl: confirmationUrl(deps.config, order.id, deadline), timeZone: terms.about.timeZone, clientName: '' },
      });
      await updateOrder(tx, order.id, { remindedAt: now });
    }
    return orders.length;
  });
  const swept = await expireHolds(db, now, BATCH);
  return rejected + cancelled + reminded + swept.length;
}
