import { and, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { deliveries, inboundSms, outboxMessages, type DeliveryRow, type OutboxRow } from '../tables.ts';

export interface LogFilter {
  clientId?: string | undefined;
  orderId?: string | undefined;
  bookingNumber?: string | undefined;
}

// A request's messages carry its booking number before there is an order id.
function messageFilter(filter: LogFilter): SQL | undefined {
  return and(
    filter.clientId ? eq(outboxMessages.clientId, filter.clientId) : undefined,
    filter.orderId ? eq(outboxMessages.orderId, filter.orderId) : undefined,
    filter.bookingNumber ? eq(outboxMessages.bookingNumber, filter.bookingNumber) : undefined,
  );
}

/** The newest messages matching the filter, each with its deliveries. */
export async function findLoggedMessages(db: Db, filter: LogFilter, limit: number): Promise<{ message: OutboxRow; deliveries: DeliveryRow[] }[]> {
  const messages = await db
    .select()
    .from(outboxMessages)
    .where(messageFilter(filter))
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(limit);
  const ids = messages.map((m) => m.id);
  const rows = ids.length === 0 ? [] : await db.select().from(deliveries).where(inArray(deliveries.messageId, ids)).orderBy(deliveries.channel);
  return messages.map((message) => ({ message, deliveries: rows.filter((d) => d.messageId === message.id) }));
}

export async function findInboundSms(db: Db, filter: LogFilter, limit: number) {
  const where = and(
    filter.clientId ? eq(inboundSms.clientId, filter.clientId) : undefined,
    filter.orderId || filter.bookingNumber
      ? or(
          filter.orderId ? eq(inboundSms.orderId, filter.orderId) : undefined,
          filter.bookingNumber ? eq(inboundSms.bookingNumber, filter.bookingNumber) : undefined,
        )
      : undefined,
  );
  return db.select().from(inboundSms).where(where).orderBy(desc(inboundSms.receivedAt)).limit(limit);
}
