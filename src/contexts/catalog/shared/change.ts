import { recordAudit, type AuditActor } from '../../audit/index.ts';
import type { Db } from '../../../server/db/types.ts';

/**
 * Who makes a catalog change, and when. Routes build it from the request (the
 * manager's actor and request id); the import CLI uses the system actor.
 * Roles are checked by the route's `config.access`, so use cases take it as given.
 */
export interface Change {
  by: AuditActor;
  requestId: string | null;
  now: Date;
  reason?: string | null;
}

/** Records one catalog change in the transaction `tx` that makes it. */
export async function auditChange(
  tx: Db,
  change: Change,
  action: string,
  entity: string,
  entityId: string,
  states: { before?: unknown; after?: unknown } = {},
): Promise<void> {
  await recordAudit(tx, {
    actor: change.by,
    action: `catalog.${action}`,
    entity,
    entityId,
    before: states.before ?? null,
    after: states.after ?? null,
    reason: change.reason ?? null,
    requestId: change.requestId,
  });
}
