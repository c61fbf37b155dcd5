import type { ContextModule } from '../../server/contexts.ts';
import type { Db } from '../../server/db/types.ts';
import { auditRoutes } from './routes.ts';
import { auditLog } from './tables.ts';

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
  await db.insert(auditLog).values({
    actorId: entry.actor.id,
    actorKind: entry.actor.kind,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
    requestId: entry.requestId ?? null,
  });
}
