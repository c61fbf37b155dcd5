import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { subscriptions, type SubscriptionChannel, type SubscriptionRow, type SubscriptionTopic } from '../tables.ts';

export async function findSubscriptions(db: Db, clientId: string): Promise<SubscriptionRow[]> {
  return db.select().from(subscriptions).where(eq(subscriptions.clientId, clientId));
}

/** The choices of many clients at once, by client id. */
export async function findSubscriptionsOf(db: Db, clientIds: string[]): Promise<Map<string, SubscriptionRow[]>> {
  const byClient = new Map<string, SubscriptionRow[]>(clientIds.map((id) => [id, []]));
  if (clientIds.length === 0) return byClient;
  for (const row of await db.select().from(subscriptions).where(inArray(subscriptions.clientId, clientIds))) {
    byClient.get(row.clientId)?.push(row);
  }
  return byClient;
}

export interface SubscriptionChoice {
  topic: SubscriptionTopic;
  channel: SubscriptionChannel;
  optedIn: boolean;
}

export async function saveSubscriptions(
  db: Db,
  clientId: string,
  choices: SubscriptionChoice[],
  at: Date,
  via: SubscriptionRow['changedVia'],
): Promise<void> {
  if (choices.length === 0) return;
  for (const choice of choices) {
    await db
      .insert(subscriptions)
      .values({ clientId, ...choice, changedAt: at, changedVia: via })
      .onConflictDoUpdate({
        target: [subscriptions.clientId, subscriptions.topic, subscriptions.channel],
        set: { optedIn: choice.optedIn, changedAt: at, changedVia: via },
      });
  }
}
