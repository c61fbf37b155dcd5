import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ChannelName } from './channels/channel.ts';
import type { ReceiptState } from './channels/sms/deliver-sm.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

export const deliveryChannels = ['email', 'sms', 'vkteams', 'telegram'] as const satisfies readonly ChannelName[];
export const deliveryStatuses = ['pending', 'sending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
export const langs = ['ru', 'en'] as const;
/** The broadcast topics a client opts in to (seed 001: news, schedules, start of sales, price changes). */
export const subscriptionTopics = ['news', 'schedule', 'sales_start', 'price_changes'] as const;
export type SubscriptionTopic = (typeof subscriptionTopics)[number];
/** How a client is reached, as they see it: their one messenger is VK Teams or Telegram. */
export const subscriptionChannels = ['email', 'sms', 'messenger'] as const;
export type SubscriptionChannel = (typeof subscriptionChannels)[number];
export const broadcastStatuses = ['draft', 'sending', 'sent'] as const;
export type BroadcastStatus = (typeof broadcastStatuses)[number];
export const inboundOutcomes = ['confirmed', 'already_confirmed', 'not_understood', 'order_not_found', 'refused'] as const;
export type InboundOutcome = (typeof inboundOutcomes)[number];

export type BroadcastAudience = { kind: 'all' } | { kind: 'individuals' } | { kind: 'corporate'; organizationId?: string | undefined };

export const outboxMessages = pgTable('outbox_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  topic: text('topic').notNull(),
  clientId: uuid('client_id'),
  email: text('email'),
  requestId: uuid('request_id'),
  orderId: uuid('order_id'),
  bookingNumber: text('booking_number'),
  data: jsonb('data').notNull().$type<Record<string, unknown>>(),
  createdAt: at('created_at').notNull().defaultNow(),
  fannedOutAt: at('fanned_out_at'),
  broadcastId: uuid('broadcast_id'),
  fanOutNote: text('fan_out_note'),
});
export type OutboxRow = typeof outboxMessages.$inferSelect;

export const deliveries = pgTable('deliveries', {
  id: uuid('id').primaryKey().defaultRandom(),
  messageId: uuid('message_id').notNull(),
  channel: text('channel', { enum: deliveryChannels }).notNull(),
  recipient: text('recipient').notNull(),
  topic: text('topic').notNull(),
  clientId: uuid('client_id'),
  orderId: uuid('order_id'),
  bookingNumber: text('booking_number'),
  broadcastId: uuid('broadcast_id'),
  lang: text('lang', { enum: langs }).notNull(),
  subject: text('subject').notNull(),
  bodyText: text('body_text').notNull(),
  bodyHtml: text('body_html'),
  status: text('status', { enum: deliveryStatuses }).notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: at('next_attempt_at').notNull(),
  leaseUntil: at('lease_until'),
  lastError: text('last_error'),
  providerId: text('provider_id'),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
  deliveredAt: at('delivered_at'),
  failedAt: at('failed_at'),
  receiptState: text('receipt_state').$type<ReceiptState>(),
  receiptAt: at('receipt_at'),
});
export type DeliveryRow = typeof deliveries.$inferSelect;
export type NewDelivery = typeof deliveries.$inferInsert;

export const smsParts = pgTable('sms_parts', {
  smscMessageId: text('smsc_message_id').primaryKey(),
  deliveryId: uuid('delivery_id'),
  partNo: integer('part_no'),
  state: text('state').$type<ReceiptState>(),
  receiptAt: at('receipt_at'),
});

export const inboundSms = pgTable('inbound_sms', {
  id: uuid('id').primaryKey().defaultRandom(),
  fromPhone: text('from_phone').notNull(),
  text: text('text').notNull(),
  receivedAt: at('received_at').notNull(),
  outcome: text('outcome', { enum: inboundOutcomes }).notNull(),
  bookingNumber: text('booking_number'),
  orderId: uuid('order_id'),
  clientId: uuid('client_id'),
  detail: text('detail'),
});

export const subscriptions = pgTable(
  'subscriptions',
  {
    clientId: uuid('client_id').notNull(),
    topic: text('topic', { enum: subscriptionTopics }).notNull(),
    channel: text('channel', { enum: subscriptionChannels }).notNull(),
    optedIn: boolean('opted_in').notNull(),
    changedAt: at('changed_at').notNull(),
    changedVia: text('changed_via', { enum: ['preferences', 'unsubscribe_link'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.topic, t.channel] })],
);
export type SubscriptionRow = typeof subscriptions.$inferSelect;

export const broadcasts = pgTable('broadcasts', {
  id: uuid('id').primaryKey().defaultRandom(),
  topic: text('topic', { enum: subscriptionTopics }).notNull(),
  subjectRu: text('subject_ru').notNull(),
  bodyRu: text('body_ru').notNull(),
  subjectEn: text('subject_en').notNull(),
  bodyEn: text('body_en').notNull(),
  audience: jsonb('audience').notNull().$type<BroadcastAudience>(),
  status: text('status', { enum: broadcastStatuses }).notNull().default('draft'),
  createdBy: uuid('created_by').notNull(),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
  sendStartedAt: at('send_started_at'),
  sentBy: uuid('sent_by'),
  recipientCursor: uuid('recipient_cursor'),
  recipients: integer('recipients').notNull().default(0),
  enqueuedAt: at('enqueued_at'),
  sentAt: at('sent_at'),
});
export type BroadcastRow = typeof broadcasts.$inferSelect;

export const channelStates = pgTable('channel_states', {
  channel: text('channel', { enum: deliveryChannels }).primaryKey(),
  configured: boolean('configured').notNull(),
  description: text('description').notNull(),
  reportedAt: at('reported_at').notNull(),
  lastDeliveredAt: at('last_delivered_at'),
  lastError: text('last_error'),
  lastErrorAt: at('last_error_at'),
});
