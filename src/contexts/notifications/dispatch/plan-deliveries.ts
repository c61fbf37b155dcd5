import type { ClientContacts } from '../../identity/index.ts';
import type { ChannelName } from '../channels/channel.ts';
import type { SubscriptionChannel } from '../tables.ts';
import type { Lang } from '../templates/types.ts';

export interface PlannedDelivery {
  channel: ChannelName;
  /** Email address, E.164 phone or messenger chat id. */
  recipient: string;
  /** Which of the client's channels this is, for the unsubscribe link of a broadcast. */
  via: SubscriptionChannel;
}

export type DeliveryPlan = { lang: Lang; deliveries: PlannedDelivery[] } | { lang: Lang; deliveries: []; note: string };

export interface PlanInput {
  topic: string;
  /** Set for messages to a client; they go by the client's channels. */
  contacts: ClientContacts | null;
  clientId: string | null;
  /** Set for messages to an address that is no client's (a staff member's password reset). */
  email: string | null;
  /** For a broadcast: the channels the client is subscribed by, for its topic. */
  broadcastChannels?: readonly SubscriptionChannel[];
  /** The language asked for when there is no client to take it from. */
  lang?: Lang;
}

/**
 * Which channels an outbox message goes by, to which address, in which language. Pure.
 * Transactional messages go by every channel the client takes messages by; a password
 * reset by email alone (it was asked for a minute ago, so it goes even to a client who
 * turned email notices off); a broadcast only by the channels subscribed to its topic.
 */
export function planDeliveries(input: PlanInput): DeliveryPlan {
  const fallbackLang: Lang = input.lang ?? 'ru';
  if (input.clientId === null) {
    if (input.email) return { lang: fallbackLang, deliveries: [{ channel: 'email', recipient: input.email, via: 'email' }] };
    return { lang: fallbackLang, deliveries: [], note: 'no recipient: neither a client nor an email address' };
  }
  const contacts = input.contacts;
  if (!contacts) return { lang: fallbackLang, deliveries: [], note: 'client not found' };
  const lang = contacts.locale;
  if (contacts.disabled) return { lang, deliveries: [], note: 'client account disabled' };

  const wanted: SubscriptionChannel[] =
    input.topic === 'broadcast'
      ? [...(input.broadcastChannels ?? [])]
      : input.topic === 'password_reset'
        ? [contacts.email ? 'email' : 'sms']
        : (['email', 'sms', 'messenger'] as const).filter((channel) => contacts.channels[channel]);
  const deliveries = wanted.flatMap((via): PlannedDelivery[] => {
    switch (via) {
      case 'email':
        return contacts.email ? [{ channel: 'email', recipient: contacts.email, via }] : [];
      case 'sms':
        return contacts.phone ? [{ channel: 'sms', recipient: contacts.phone, via }] : [];
      case 'messenger':
        return contacts.messenger ? [{ channel: contacts.messenger.kind, recipient: contacts.messenger.chatId, via }] : [];
    }
  });
  if (deliveries.length > 0) return { lang, deliveries };
  const note = input.topic === 'broadcast' ? 'not subscribed to this topic by any channel' : 'the client takes messages by no channel';
  return { lang, deliveries: [], note };
}
