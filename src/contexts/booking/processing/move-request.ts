import { type AuditActor, recordAudit } from '../../audit/index.ts';
import type { Db } from '../../../server/db/types.ts';
import { recordStatusChanges } from '../history-repository.ts';
import { assertTransition as assertRequestTransition } from '../request-state-machine.ts';
import { type NewRequest, updateRequest } from '../request-repository.ts';
import type { RequestRow, RequestStatus } from '../tables.ts';

/**
 * Moves a locked request to `to` if its state machine allows (else 409 with the current
 * status), with the row changes that go with it, its history row and its audit record.
 */
export async function moveRequest(
  tx: Db,
  request: RequestRow,
  to: RequestStatus,
  change: { who: AuditActor; now: Date; reason?: string | null; patch?: Partial<NewRequest> },
): Promise<RequestRow> {
  assertRequestTransition(request.status, to);
  const moved = await updateRequest(tx, request.id, { ...change.patch, status: to, updatedAt: change.now });
  await recordStatusChanges(tx, change.who, change.now, [
    { entity: 'request', entityId: request.id, from: request.status, to, reason: change.reason ?? null },
  ]);
  await recordAudit(tx, {
    actor: change.who,
    action: `request.${to}`,
    entity: 'request',
    entityId: request.id,
    before: { status: request.status, assignedTo: request.assignedTo },
    after: { status: to, assignedTo: moved.assignedTo },
    reason: change.reason ?? null,
  });
  return moved;
}
