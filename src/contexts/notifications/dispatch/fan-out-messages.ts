import type { AppDeps } from '../../../server/deps.ts';
import { findBroadcast } from '../broadcasts/broadcasts-repository.ts';
import type { BroadcastRow } from '../tables.ts';
import { insertDeliveries } from './deliveries-repository.ts';
import { claimUnplannedMessages, markFannedOut } from './outbox-repository.ts';
import { prepareDeliveries } from './prepare-deliveries.ts';

/**
 * Plans the deliveries of up to `limit` outbox messages, oldest first, and says how many
 * it planned. One transaction: the deliveries exist if and only if the message is marked
 * planned, so a crash in between plans it again, and never twice.
 */
export async function fanOutMessages(deps: AppDeps, limit = 50): Promise<number> {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const messages = await claimUnplannedMessages(tx, limit);
    const broadcasts = new Map<string, Promise<BroadcastRow | null>>();
    const broadcastOf = (id: string) => {
      if (!broadcasts.has(id)) broadcasts.set(id, findBroadcast(tx, id));
      return broadcasts.get(id)!;
    };
    for (const message of messages) {
      const prepared = await prepareDeliveries(tx, deps.config, message, now, broadcastOf);
      await insertDeliveries(tx, prepared.deliveries);
      await markFannedOut(tx, message.id, now, prepared.note);
    }
    return messages.length;
  });
}
