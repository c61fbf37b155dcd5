import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AuditActor } from '../audit/index.ts';
import { queryPrepared } from '../../server/db/prepared.ts';
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
  await queryPrepared(db, statusChangesInsert(actor, at, changes));
}

/** The statement that writes these changes, for a caller that writes them with other rows in one statement; its text is fixed. */
export function statusChangesInsert(actor: AuditActor, at: Date, changes: readonly StatusChange[]): SQL {
  const rows = changes.map((change) => ({
    entity: change.entity,
    entity_id: change.entityId,
    from_status: change.from,
    to_status: change.to,
    reason: change.reason ?? null,
  }));
  return sql`insert into status_history (entity, entity_id, from_status, to_status, actor_id, actor_kind, reason, at)
    select entity, entity_id, from_status, to_status, ${actor.id}::uuid, ${actor.kind}, reason, ${at.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(entity text, entity_id uuid, from_status text, to_status text, reason text)`;
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
