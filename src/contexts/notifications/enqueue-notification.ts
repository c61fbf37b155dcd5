import { type SQL, sql } from 'drizzle-orm';
import { queryPrepared } from '../../server/db/prepared.ts';
import type { Db } from '../../server/db/types.ts';
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
  const [row] = await queryPrepared<{ id: string }>(db, sql`${outboxInsert(input)} returning id`);
  if (!row) throw new Error('outbox insert returned no row');
  return row.id;
}

/**
 * The statement that puts this message in the outbox, for a caller that writes it in the
 * same statement as its own rows (as one `with … as (…)` part), to spare a round trip on
 * a hot path. Its text never changes, so it runs as a named statement.
 */
export function outboxInsert(input: NotificationInput): SQL {
  return sql`insert into outbox_messages (topic, client_id, email, request_id, order_id, booking_number, data)
    values (${input.topic}, ${input.clientId ?? null}::uuid, ${input.email ?? null}, ${input.requestId ?? null}::uuid,
            ${input.orderId ?? null}::uuid, ${input.bookingNumber ?? null}, ${JSON.stringify(input.data ?? {})}::jsonb)`;
}
