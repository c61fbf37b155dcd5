import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf } from '../../identity/index.ts';
import type { BroadcastView, CreateBroadcastBody } from '../contracts.ts';
import { toBroadcastView } from './broadcast-view.ts';
import { insertBroadcast } from './broadcasts-repository.ts';

/** A manager writes a broadcast (Russian and English) for a topic and an audience; it stays a draft until sent. */
export async function createBroadcast(deps: AppDeps, actor: Actor, input: CreateBroadcastBody, meta: { requestId?: string } = {}): Promise<BroadcastView> {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const row = await insertBroadcast(tx, {
      topic: input.topic,
      subjectRu: input.subject.ru,
      bodyRu: input.body.ru,
      subjectEn: input.subject.en,
      bodyEn: input.body.en,
      audience: input.audience,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, {
      actor: auditActorOf(actor), action: 'broadcast.created', entity: 'broadcast', entityId: row.id,
      after: { topic: row.topic, audience: row.audience, subject: input.subject }, requestId: meta.requestId ?? null,
    });
    return toBroadcastView(row);
  });
}
