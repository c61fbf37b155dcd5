import type { Config } from '../../../server/config.ts';
import type { Db } from '../../../server/db/types.ts';
import { findClientContacts, type ClientContacts } from '../../identity/index.ts';
import { findSubscriptions } from '../subscriptions/subscriptions-repository.ts';
import { broadcastChannels, subscriptionMatrix } from '../subscriptions/subscription-rules.ts';
import { unsubscribeUrl } from '../subscriptions/unsubscribe-token.ts';
import type { BroadcastRow, NewDelivery, OutboxRow } from '../tables.ts';
import type { Lang } from '../templates/types.ts';
import { planDeliveries, type PlannedDelivery } from './plan-deliveries.ts';
import { renderDelivery, renderError } from './render-delivery.ts';

export interface PreparedMessage {
  deliveries: NewDelivery[];
  /** Why there is no delivery at all, when there is none. */
  note: string | null;
}

/**
 * Turns one outbox message into its deliveries: the channels from the client's contacts
 * and choices as they are now, each with its text rendered in the client's language.
 */
export async function prepareDeliveries(
  tx: Db,
  config: Config,
  message: OutboxRow,
  now: Date,
  broadcastOf: (id: string) => Promise<BroadcastRow | null>,
): Promise<PreparedMessage> {
  const contacts = message.clientId ? await findClientContacts(tx, message.clientId) : null;
  const broadcast = message.broadcastId ? await broadcastOf(message.broadcastId) : null;
  const channels = broadcast && contacts ? broadcastChannels(subscriptionMatrix(contacts, await findSubscriptions(tx, contacts.clientId)), broadcast.topic) : [];
  const plan = planDeliveries({
    topic: message.topic,
    contacts,
    clientId: message.clientId,
    email: message.email,
    broadcastChannels: channels,
    lang: message.data.lang === 'en' ? 'en' : 'ru',
  });
  if ('note' in plan) return { deliveries: [], note: plan.note };

  const deliveries = plan.deliveries.map((planned): NewDelivery => {
    const base = {
      messageId: message.id, channel: planned.channel, recipient: planned.recipient, topic: message.topic,
      clientId: message.clientId, orderId: message.orderId, bookingNumber: message.bookingNumber, broadcastId: message.broadcastId,
      lang: plan.lang, nextAttemptAt: now, createdAt: now, updatedAt: now,
    };
    try {
      const data = templateData(config, message, contacts, broadcast, plan.lang, planned);
      return { ...base, ...renderDelivery(message.topic, plan.lang, data, planned.channel) };
    } catch (error) {
      return { ...base, subject: '', bodyText: '', status: 'failed', failedAt: now, lastError: renderError(error) };
    }
  });
  return { deliveries, note: null };
}

// Producers leave the addressee to us (clientName ''); a broadcast's words live in its own row.
function templateData(
  config: Config, message: OutboxRow, contacts: ClientContacts | null, broadcast: BroadcastRow | null, lang: Lang, planned: PlannedDelivery,
): Record<string, unknown> {
  const clientName = contacts?.fullName ?? (typeof message.data.clientName === 'string' ? message.data.clientName : '');
  if (message.topic === 'broadcast') {
    if (!broadcast || !contacts) throw new TypeError('the broadcast of this message is gone');
    return {
      clientName,
      subject: lang === 'en' ? broadcast.subjectEn : broadcast.subjectRu,
      body: lang === 'en' ? broadcast.bodyEn : broadcast.bodyRu,
      unsubscribeUrl: unsubscribeUrl(config, { clientId: contacts.clientId, topic: broadcast.topic, channel: planned.via }),
      topic: broadcast.topic,
    };
  }
  return { ...message.data, bookingNumber: message.data.bookingNumber ?? message.bookingNumber, clientName };
}
