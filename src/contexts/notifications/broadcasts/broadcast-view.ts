import type { BroadcastProgressView, BroadcastView } from '../contracts.ts';
import { deliveryChannels, deliveryStatuses, type BroadcastRow, type DeliveryStatus } from '../tables.ts';
import type { BroadcastCounts } from './broadcasts-repository.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toBroadcastView(row: BroadcastRow): BroadcastView {
  return {
    id: row.id,
    topic: row.topic,
    subject: { ru: row.subjectRu, en: row.subjectEn },
    body: { ru: row.bodyRu, en: row.bodyEn },
    audience: row.audience,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    sendStartedAt: iso(row.sendStartedAt),
    enqueuedAt: iso(row.enqueuedAt),
    sentAt: iso(row.sentAt),
    recipients: row.recipients,
  };
}

const zero = (): Record<DeliveryStatus, number> => ({ pending: 0, sending: 0, delivered: 0, failed: 0 });

export function toProgressView(row: BroadcastRow, counts: BroadcastCounts): BroadcastProgressView {
  const total = zero();
  const byChannel = Object.fromEntries(deliveryChannels.map((channel) => [channel, zero()])) as BroadcastProgressView['progress']['byChannel'];
  for (const { channel, status, n } of counts.byChannelAndStatus) {
    byChannel[channel][status] += n;
    total[status] += n;
  }
  return {
    ...toBroadcastView(row),
    progress: {
      recipients: row.recipients,
      planned: counts.planned,
      deliveries: { ...total, total: deliveryStatuses.reduce((sum, status) => sum + total[status], 0) },
      byChannel,
    },
  };
}
