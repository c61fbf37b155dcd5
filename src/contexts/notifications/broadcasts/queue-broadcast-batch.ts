import type { AppDeps } from '../../../server/deps.ts';
import { audiencePage } from './broadcast-audience.ts';
import { lockBroadcast, queueBroadcastMessages, updateBroadcast } from './broadcasts-repository.ts';

export type BatchOutcome = 'queued' | 'done' | 'busy';

/**
 * Queues the next page of a sending broadcast's recipients, one outbox message each, in
 * one transaction with the broadcast's cursor: a crash loses no page and repeats none.
 * 'busy': another process holds the broadcast right now; 'done': every recipient is queued.
 */
export async function queueBroadcastBatch(deps: AppDeps, broadcastId: string, pageSize = 500): Promise<BatchOutcome> {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const broadcast = await lockBroadcast(tx, broadcastId, { skipLocked: true });
    if (!broadcast) return 'busy';
    if (broadcast.status !== 'sending' || broadcast.enqueuedAt) return 'done';
    const page = await audiencePage(tx, broadcast, broadcast.recipientCursor, pageSize);
    const added = await queueBroadcastMessages(tx, broadcast.id, page.recipients.map((r) => r.clientId), now);
    await updateBroadcast(tx, broadcast.id, {
      recipientCursor: page.lastClientId,
      recipients: broadcast.recipients + added,
      enqueuedAt: page.done ? now : null,
      updatedAt: now,
    });
    return page.done ? 'done' : 'queued';
  });
}
