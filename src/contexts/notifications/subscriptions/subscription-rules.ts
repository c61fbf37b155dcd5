import type { ClientContacts } from '../../identity/index.ts';
import {
  subscriptionChannels, subscriptionTopics, type SubscriptionChannel, type SubscriptionRow, type SubscriptionTopic,
} from '../tables.ts';

export interface SubscriptionCell {
  /** The client has this contact (an email, a phone, a messenger chat). */
  available: boolean;
  /** The client's choice: their own for this topic and channel, else the registration default. */
  optedIn: boolean;
  /** Broadcasts of this topic go by this channel. */
  effective: boolean;
}

export type SubscriptionMatrix = Record<SubscriptionTopic, Record<SubscriptionChannel, SubscriptionCell>>;

export function hasContact(contacts: ClientContacts, channel: SubscriptionChannel): boolean {
  switch (channel) {
    case 'email':
      return contacts.email !== null;
    case 'sms':
      return contacts.phone !== '';
    case 'messenger':
      return contacts.messenger !== null;
  }
}

/**
 * Who gets a broadcast by which channel. Without a choice of their own, a client who
 * ticked "news" at registration takes every topic by each channel they take messages
 * by; a choice made later (preferences, an unsubscribe link) wins for its topic and
 * channel. A disabled client takes nothing.
 */
export function subscriptionMatrix(contacts: ClientContacts, rows: readonly Pick<SubscriptionRow, 'topic' | 'channel' | 'optedIn'>[]): SubscriptionMatrix {
  const chosen = new Map(rows.map((row) => [`${row.topic}/${row.channel}`, row.optedIn]));
  const matrix = {} as SubscriptionMatrix;
  for (const topic of subscriptionTopics) {
    matrix[topic] = {} as Record<SubscriptionChannel, SubscriptionCell>;
    for (const channel of subscriptionChannels) {
      const available = hasContact(contacts, channel);
      const optedIn = chosen.get(`${topic}/${channel}`) ?? (contacts.news && contacts.channels[channel]);
      matrix[topic][channel] = { available, optedIn, effective: available && optedIn && !contacts.disabled };
    }
  }
  return matrix;
}

/** The channels a broadcast of this topic reaches the client by. */
export function broadcastChannels(matrix: SubscriptionMatrix, topic: SubscriptionTopic): SubscriptionChannel[] {
  return subscriptionChannels.filter((channel) => matrix[topic][channel].effective);
}
