import type { AppDeps } from '../../../server/deps.ts';
import { recordAudit, systemActor } from '../../audit/index.ts';
import { broadcastIsDone, lockBroadcast, unfinishedBroadcastIds, updateBroadcast } from './broadcasts-repository.ts';
import { queueBroadcastBatch } from './queue-broadcast-batch.ts';

/**
 * Background duty for broadcasts being sent: queues one more page of recipients where
 * a send was interrupted, and marks a broadcast sent once all its deliveries are final.
 * Says how many broadcasts it moved on.
 */
export async function continueBroadcasts(deps: AppDeps): Promise<number> {
  let moved = 0;
  for (const { id, queued } of await unfinishedBroadcastIds(deps.database.db)) {
    if (!queued) {
      if ((await queueBroadcastBatch(deps, id)) !== 'busy') moved += 1;
      continue;
    }
    const now = deps.clock.now();
    const finished = await deps.database.db.transaction(async (tx) => {
      const broadcast = await lockBroadcast(tx, id, { skipLocked: true });
      if (!broadcast || broadcast.status !== 'sending' || !(await broadcastIsDone(tx, id))) return false;
      await updateBroadcast(tx, id, { status: 'sent', sentAt: now, updatedAt: now });
      await recordAudit(tx, { actor: systemActor, action: 'broadcast.finished', entity: 'broadcast', entityId: id, before: { status: 'sending' }, after: { status: 'sent' } });
      return true;
    });
    if (finished) moved += 1;
  }
  return moved;
}
