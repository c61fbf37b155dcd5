import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { conflict } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf } from '../../identity/index.ts';
import type { BroadcastProgressView } from '../contracts.ts';
import { lockBroadcast, updateBroadcast } from './broadcasts-repository.ts';
import { broadcastNotFound, getBroadcast } from './get-broadcast.ts';
import { queueBroadcastBatch } from './queue-broadcast-batch.ts';

/**
 * Sends a draft: marks it sending (audited), then queues its recipients page by page,
 * each page in its own transaction. If the process stops halfway, the dispatcher's
 * fan-out job queues the rest. Sending twice is refused.
 */
export async function sendBroadcast(deps: AppDeps, actor: Actor, broadcastId: string, meta: { requestId?: string } = {}): Promise<BroadcastProgressView> {
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    const broadcast = await lockBroadcast(tx, broadcastId);
    if (!broadcast) throw broadcastNotFound();
    if (broadcast.status !== 'draft') {
      throw conflict('broadcast_already_sent', 'This broadcast has already been sent.', { extra: { currentStatus: broadcast.status } });
    }
    await updateBroadcast(tx, broadcastId, { status: 'sending', sendStartedAt: now, sentBy: actor.userId, updatedAt: now });
    await recordAudit(tx, {
      actor: auditActorOf(actor), action: 'broadcast.sent', entity: 'broadcast', entityId: broadcastId,
      before: { status: 'draft' }, after: { status: 'sending' }, requestId: meta.requestId ?? null,
    });
  });
  // 'busy' means the fan-out job is queueing it at this moment; it carries on from there.
  while ((await queueBroadcastBatch(deps, broadcastId)) === 'queued');
  return getBroadcast(deps, broadcastId);
}
