import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { conflict, notFound } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf } from '../audit-actor.ts';
import { findClient, updateClient } from '../clients/clients-repository.ts';
import { organizationNotFound } from './corporate-errors.ts';
import { findOrganization } from './organizations-repository.ts';

/**
 * Makes a registered client a representative of the organisation: from then on they act
 * with the 'corporate' role and see its contracts. Audited as a role change.
 */
export async function addRepresentative(deps: AppDeps, actor: Actor, organizationId: string, clientId: string, meta: { requestId?: string } = {}): Promise<void> {
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    if (!(await findOrganization(tx, organizationId))) throw organizationNotFound();
    const client = await findClient(tx, clientId);
    if (!client) throw notFound('client_not_found', 'There is no such client.', { field: 'body.clientId' });
    if (client.organizationId === organizationId) return;
    if (client.organizationId) {
      throw conflict('client_represents_another_organization', 'clientId: this client represents another organisation; remove them there first.', { field: 'body.clientId' });
    }
    await updateClient(tx, clientId, { organizationId, updatedAt: now });
    await recordAudit(tx, {
      actor: auditActorOf(actor), action: 'organization.representative_added', entity: 'client', entityId: clientId,
      before: { organizationId: null, roles: ['client'] }, after: { organizationId, roles: ['client', 'corporate'] }, requestId: meta.requestId ?? null,
    });
  });
}
