import { type SQL, sql } from 'drizzle-orm';
import type { ContextModule } from '../../server/contexts.ts';
import { queryPrepared } from '../../server/db/prepared.ts';
import type { Db } from '../../server/db/types.ts';
import { auditRoutes } from './routes.ts';

export { auditLog } from './tables.ts';
export { listAuditEntries, type AuditEntryView, type AuditQuery } from './list-audit-entries.ts';

/** The audit log's reading API (GET /api/admin/audit, admins only). */
export const auditModule: ContextModule = { name: 'audit', routes: auditRoutes };

/** Who did something: a logged-in user, or the system itself (a job, an automatic rule). */
export interface AuditActor {
  id: string | null;
  kind: 'client' | 'staff' | 'system';
}

export const systemActor: AuditActor = { id: null, kind: 'system' };

export interface AuditEntry {
  actor: AuditActor;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  requestId?: string | null;
}

/** Records a change; pass the transaction that makes the change, so both commit or neither. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await recordAudits(db, [entry]);
}

/** Records the changes of one act in one statement (one round trip however many); pass its transaction. */
export async function recordAudits(db: Db, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await queryPrepared(db, auditInsert(entries));
}

/**
 * The statement that records these entries, for a caller that writes them in the same
 * statement as its own rows (as one `with … as (…)` part), to spare a round trip on a
 * hot path. Its text is the same whatever the entries, so it runs as a named statement.
 */
export function auditInsert(entries: readonly AuditEntry[]): SQL {
  const rows = entries.map((entry) => ({
    actor_id: entry.actor.id,
    actor_kind: entry.actor.kind,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
    request_id: entry.requestId ?? null,
  }));
  return sql`insert into audit_log (actor_id, actor_kind, action, entity, entity_id, before, after, reason, request_id)
    select actor_id, actor_kind, action, entity, entity_id, before, after, reason, request_id
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(
      actor_id uuid, actor_kind text, action text, entity text, entity_id text, before jsonb, after jsonb, reason text, request_id text)`;
}
