import type { Db } from '../../server/db/types.ts';
import { outboxMessages } from './tables.ts';
import { TOPICS } from './templates/types.ts';

// One list for the outbox and the templates: a topic nobody can render never gets queued.
export const notificationTopics = TOPICS;
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
