import type { Db } from '../../server/db/types.ts';
import { outboxMessages } from './tables.ts';

export const notificationTopics = [
  'request_processed',
  'request_rejected',
  'order_to_confirm',
  'order_confirmed',
  'order_cancelled',
  'payment_received',
  'tickets_issued',
  'order_returned',
  'hold_expiring',
  'hold_expired',
  'password_reset',
  'broadcast',
] as const;
export type NotificationTopic = (typeof notificationTopics)[number];

export interface NotificationInput {
  topic: NotificationTopic;
  clientId?: string | null;
  email?: string | null;
  requestId?: string | null;
  orderId?: string | null;
  bookingNumber?: string | null;
  /** What the message template needs: amounts in kopecks, reasons, links. */
  data?: Record<string, unknown>;
}

/**
 * Puts a message in the outbox. Pass the transaction of the change that causes it:
 * the message exists if and only if the change committed.
 */
export async function enqueueNotification(db: Db, input: NotificationInput): Promise<string> {
  const [row] = await db
    .insert(outboxMessages)
    .values({
      topic: input.topic,
      clientId: input.clientId ?? null,
      email: input.email ?? null,
      requestId: input.requestId ?? null,
      orderId: input.orderId ?? null,
      bookingNumber: input.bookingNumber ?? null,
      data: input.data ?? {},
    })
    .returning({ id: outboxMessages.id });
  if (!row) throw new Error('outbox insert returned no row');
  return row.id;
}
