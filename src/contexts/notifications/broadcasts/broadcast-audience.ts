import type { Db } from '../../../server/db/types.ts';
import { getClientContacts, type ClientContactsPage } from '../../identity/index.ts';
import { broadcastChannels, subscriptionMatrix } from '../subscriptions/subscription-rules.ts';
import { findSubscriptionsOf } from '../subscriptions/subscriptions-repository.ts';
import type { BroadcastAudience, BroadcastRow, SubscriptionChannel } from '../tables.ts';

export interface AudiencePage {
  /** The clients of this page subscribed to the topic by at least one channel. */
  recipients: { clientId: string; channels: SubscriptionChannel[] }[];
  /** Where the next page starts. */
  lastClientId: string | null;
  done: boolean;
}

function filterOf(audience: BroadcastAudience): Pick<ClientContactsPage, 'corporate' | 'organizationId'> {
  switch (audience.kind) {
    case 'all':
      return {};
    case 'individuals':
      return { corporate: false };
    case 'corporate':
      return { corporate: true, organizationId: audience.organizationId };
  }
}

/** The next page of a broadcast's audience, walking all clients in id order from `after`. */
export async function audiencePage(
  db: Db,
  broadcast: Pick<BroadcastRow, 'topic' | 'audience'>,
  after: string | null,
  limit: number,
): Promise<AudiencePage> {
  const page = await getClientContacts(db, { after, limit, ...filterOf(broadcast.audience) });
  const chosen = await findSubscriptionsOf(db, page.map((contacts) => contacts.clientId));
  const recipients = page.flatMap((contacts) => {
    const channels = broadcastChannels(subscriptionMatrix(contacts, chosen.get(contacts.clientId) ?? []), broadcast.topic);
    return channels.length > 0 ? [{ clientId: contacts.clientId, channels }] : [];
  });
  return { recipients, lastClientId: page.at(-1)?.clientId ?? after, done: page.length < limit };
}
