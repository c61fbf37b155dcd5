import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AuditActor } from '../audit/index.ts';
import type { Db } from '../../server/db/types.ts';
import { type HistoryRow, statusHistory } from './tables.ts';

export interface StatusChange {
  entity: 'request' | 'order' | 'ticket';
  entityId: string;
  from: string | null;
  to: string;
  reason?: string | null;
}

/** Writes every status change of one act in one statement: who, when, why. */
export async function recordStatusChanges(db: Db, actor: AuditActor, at: Date, changes: readonly StatusChange[]): Promise<void> {
  if (changes.length === 0) return;
  await db.insert(statusHistory).values(
    changes.map((change) => ({
      entity: change.entity,
      entityId: change.entityId,
      fromStatus: change.from,
      toStatus: change.to,
      actorId: actor.id,
      actorKind: actor.kind,
      reason: change.reason ?? null,
      at,
    })),
  );
}

/** The history of the given entities, oldest first. */
export async function historyOf(db: Db, entity: StatusChange['entity'], entityIds: readonly string[]): Promise<HistoryRow[]> {
  if (entityIds.length === 0) return [];
  return db
    .select()
    .from(statusHistory)
    .where(and(eq(statusHistory.entity, entity), inArray(statusHistory.entityId, [...entityIds])))
    .orderBy(asc(statusHistory.at), asc(statusHistory.id));
}
