import type { AppDeps } from '../../../server/deps.ts';
import { badRequest } from '../../../shared/errors.ts';
import type { DeliveryLogQuery, DeliveryLogView } from '../contracts.ts';
import type { DeliveryRow } from '../tables.ts';
import { findInboundSms, findLoggedMessages } from './delivery-log-repository.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * The delivery log staff read for a client or an order: each message, newest first, with
 * where it went by each channel, how many attempts, and why it failed; and the client's
 * SMS answers with what came of them.
 */
export async function listDeliveries(deps: AppDeps, query: DeliveryLogQuery): Promise<DeliveryLogView> {
  if (!query.clientId && !query.orderId && !query.bookingNumber) {
    throw badRequest('filter_required', 'Name a client (clientId) or an order (orderId or bookingNumber).', { field: 'query.clientId' });
  }
  const { db } = deps.database;
  const messages = await findLoggedMessages(db, query, query.limit);
  const replies = await findInboundSms(db, query, query.limit);
  return {
    messages: messages.map(({ message, deliveries }) => ({
      messageId: message.id,
      topic: message.topic,
      createdAt: message.createdAt.toISOString(),
      clientId: message.clientId,
      orderId: message.orderId,
      bookingNumber: message.bookingNumber,
      broadcastId: message.broadcastId,
      plannedAt: iso(message.fannedOutAt),
      note: message.fanOutNote,
      deliveries: deliveries.map(toDeliveryView),
    })),
    smsReplies: replies.map((reply) => ({
      receivedAt: reply.receivedAt.toISOString(),
      fromPhone: reply.fromPhone,
      text: reply.text,
      outcome: reply.outcome,
      bookingNumber: reply.bookingNumber,
      detail: reply.detail,
    })),
  };
}

function toDeliveryView(d: DeliveryRow) {
  return {
    id: d.id,
    channel: d.channel,
    recipient: d.recipient,
    lang: d.lang,
    subject: d.subject,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
    lastError: d.lastError,
    providerId: d.providerId,
    deliveredAt: iso(d.deliveredAt),
    failedAt: iso(d.failedAt),
    receiptState: d.receiptState,
    receiptAt: iso(d.receiptAt),
  };
}
