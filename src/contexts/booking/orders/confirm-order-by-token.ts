import type { AppDeps } from '../../../server/deps.ts';
import { verifyConfirmationToken } from '../confirmation-token.ts';
import { linkSigningKey } from '../link-signing-key.ts';
import { lockOrder } from '../order-repository.ts';
import { orderStatusLabels } from '../status-labels.ts';
import type { OrderStatus } from '../tables.ts';
import { confirmOrder } from './confirm-order.ts';
import { orderNotFound } from './find-own-order.ts';

export interface LinkConfirmation {
  bookingNumber: string;
  status: OrderStatus;
  statusLabel: { ru: string; en: string };
  alreadyConfirmed: boolean;
}

/**
 * Confirms the order a signed link names (the link is the proof: no login). A link
 * altered in any way is 400, an expired one 410; opening it twice changes nothing.
 */
export async function confirmOrderByToken(deps: AppDeps, token: string): Promise<LinkConfirmation> {
  const now = deps.clock.now();
  const { orderId } = verifyConfirmationToken(linkSigningKey(deps.config).key, token, now);
  return deps.database.db.transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!order) throw orderNotFound();
    const { order: confirmed, alreadyConfirmed } = await confirmOrder(tx, order, { id: null, kind: 'client' }, now, 'link');
    return {
      bookingNumber: confirmed.bookingNumber,
      status: confirmed.status,
      statusLabel: orderStatusLabels[confirmed.status],
      alreadyConfirmed,
    };
  });
}
