import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { notFound } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf } from '../audit-actor.ts';
import { findClient, updateClient } from '../clients/clients-repository.ts';

/** Ends a client's representation of the organisation: they keep their account as an individual. */
export async function removeRepresentative(deps: AppDeps, actor: Actor, organizationId: string, clientId: string, meta: { requestId?: string } = {}): Promise<void> {
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    const client = await findClient(tx, clientId);
    if (!client || client.organizationId !== organizationId) {
      throw notFound('representative_not_found', 'This client does not represent this organisation.', { field: 'params.clientId' });
    }
    await updateClient(tx, clientId, { organizationId: null, updatedAt: now });
    await recordAudit(tx, {
      actor: auditActorOf(actor), action: 'organization.representative_removed', entity: 'client', entityId: clientId,
      before: { organizationId, roles: ['client', 'corporate'] }, after: { organizationId: null, roles: ['client'] }, requestId: meta.requestId ?? null,
    });
  });
}
