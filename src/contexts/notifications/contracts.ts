import { z } from 'zod';
import { broadcastStatuses, deliveryChannels, deliveryStatuses, inboundOutcomes, langs, subscriptionChannels, subscriptionTopics } from './tables.ts';

// The request and response schemas of the notifications API; the web apps use them too.

export const subscriptionTopicSchema = z.enum(subscriptionTopics);
export const subscriptionChannelSchema = z.enum(subscriptionChannels);

const cell = z.object({ available: z.boolean(), optedIn: z.boolean(), effective: z.boolean() });
const row = z.object({ email: cell, sms: cell, messenger: cell });
export const subscriptionsView = z.object({
  /** Per topic and channel: whether the contact is there, the client's choice, and whether broadcasts go by it. */
  topics: z.object({ news: row, schedule: row, sales_start: row, price_changes: row }),
});
export type SubscriptionsView = z.infer<typeof subscriptionsView>;

const choices = z.object({ email: z.boolean(), sms: z.boolean(), messenger: z.boolean() }).partial();
export const updateSubscriptionsBody = z.object({
  topics: z.object({ news: choices, schedule: choices, sales_start: choices, price_changes: choices }).partial(),
});
export type UpdateSubscriptionsBody = z.infer<typeof updateSubscriptionsBody>;

export const unsubscribeQuery = z.object({ token: z.string().min(1).max(500) });
export const unsubscribedView = z.object({
  topic: subscriptionTopicSchema,
  channel: subscriptionChannelSchema,
  message: z.object({ ru: z.string(), en: z.string() }),
});

const subjectText = z.string().trim().min(1, 'must be given').max(200, 'must be at most 200 characters').regex(/^[^\r\n]*$/, 'must be one line');
const bodyText = z.string().trim().min(1, 'must be given').max(10_000, 'must be at most 10000 characters');
export const audienceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('individuals') }),
  z.object({ kind: z.literal('corporate'), organizationId: z.uuid().optional() }),
]);

export const createBroadcastBody = z.object({
  topic: subscriptionTopicSchema,
  subject: z.object({ ru: subjectText, en: subjectText }),
  body: z.object({ ru: bodyText, en: bodyText }),
  audience: audienceSchema.default({ kind: 'all' }),
});
export type CreateBroadcastBody = z.infer<typeof createBroadcastBody>;

export const broadcastParams = z.object({ broadcastId: z.uuid() });

export const broadcastView = z.object({
  id: z.uuid(),
  topic: subscriptionTopicSchema,
  subject: z.object({ ru: z.string(), en: z.string() }),
  body: z.object({ ru: z.string(), en: z.string() }),
  audience: audienceSchema,
  status: z.enum(broadcastStatuses),
  createdAt: z.string(),
  sendStartedAt: z.string().nullable(),
  /** Every recipient has been queued (one message each). */
  enqueuedAt: z.string().nullable(),
  /** Every delivery is final: delivered or failed. */
  sentAt: z.string().nullable(),
  recipients: z.number().int(),
});
export type BroadcastView = z.infer<typeof broadcastView>;

const statusCounts = z.object({ pending: z.number().int(), sending: z.number().int(), delivered: z.number().int(), failed: z.number().int() });
export const broadcastProgressView = broadcastView.extend({
  progress: z.object({
    recipients: z.number().int(),
    /** Messages turned into deliveries so far (of `recipients`). */
    planned: z.number().int(),
    deliveries: statusCounts.extend({ total: z.number().int() }),
    byChannel: z.object({ email: statusCounts, sms: statusCounts, vkteams: statusCounts, telegram: statusCounts }),
  }),
});
export type BroadcastProgressView = z.infer<typeof broadcastProgressView>;

const renderedView = z.object({ subject: z.string(), text: z.string(), html: z.string(), sms: z.string() });
export const broadcastPreviewView = z.object({
  ru: renderedView,
  en: renderedView,
  /** Who would get it if it were sent now: clients, and deliveries per channel of theirs. */
  recipients: z.object({ clients: z.number().int(), email: z.number().int(), sms: z.number().int(), messenger: z.number().int() }),
});
export type BroadcastPreviewView = z.infer<typeof broadcastPreviewView>;

export const deliveryLogQuery = z
  .object({
    clientId: z.uuid().optional(),
    orderId: z.uuid().optional(),
    bookingNumber: z.string().trim().toUpperCase().min(4).max(20).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  });
export type DeliveryLogQuery = z.infer<typeof deliveryLogQuery>;

export const deliveryView = z.object({
  id: z.uuid(),
  channel: z.enum(deliveryChannels),
  recipient: z.string(),
  lang: z.enum(langs),
  subject: z.string(),
  status: z.enum(deliveryStatuses),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  providerId: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  failedAt: z.string().nullable(),
  receiptState: z.string().nullable(),
  receiptAt: z.string().nullable(),
});
export const messageLogView = z.object({
  messageId: z.uuid(),
  topic: z.string(),
  createdAt: z.string(),
  clientId: z.uuid().nullable(),
  orderId: z.uuid().nullable(),
  bookingNumber: z.string().nullable(),
  broadcastId: z.uuid().nullable(),
  /** Null while the dispatcher has not planned it yet. */
  plannedAt: z.string().nullable(),
  /** Why it went by no channel at all. */
  note: z.string().nullable(),
  deliveries: z.array(deliveryView),
});
export const inboundSmsView = z.object({
  receivedAt: z.string(),
  fromPhone: z.string(),
  text: z.string(),
  outcome: z.enum(inboundOutcomes),
  bookingNumber: z.string().nullable(),
  detail: z.string().nullable(),
});
export const deliveryLogView = z.object({ messages: z.array(messageLogView), smsReplies: z.array(inboundSmsView) });
export type DeliveryLogView = z.infer<typeof deliveryLogView>;

export const channelStateView = z.object({
  channel: z.enum(deliveryChannels),
  /** 'unknown': no dispatching process has reported yet. */
  status: z.enum(['configured', 'not_configured', 'unknown']),
  description: z.string(),
  reportedAt: z.string().nullable(),
  lastDeliveredAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
});
export const channelsView = z.object({ channels: z.array(channelStateView) });
export type ChannelsView = z.infer<typeof channelsView>;
