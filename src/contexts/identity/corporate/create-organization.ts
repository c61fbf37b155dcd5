import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf } from '../audit-actor.ts';
import { mapUniqueViolation } from '../unique-violation.ts';
import type { OrganizationBody, OrganizationView } from './corporate-contracts.ts';
import { taxIdTaken } from './corporate-errors.ts';
import { insertOrganization, toOrganizationView } from './organizations-repository.ts';

/** Registers a corporate client (an organisation) by a manager; audited. */
export async function createOrganization(deps: AppDeps, actor: Actor, input: OrganizationBody, meta: { requestId?: string } = {}): Promise<OrganizationView> {
  const now = deps.clock.now();
  return mapUniqueViolation(
    () =>
      deps.database.db.transaction(async (tx) => {
        const row = await insertOrganization(tx, { ...input, createdAt: now, updatedAt: now });
        const view = toOrganizationView(row);
        await recordAudit(tx, { actor: auditActorOf(actor), action: 'organization.created', entity: 'organization', entityId: row.id, after: view, requestId: meta.requestId ?? null });
        return view;
      }),
    { organizations_tax_id_key: taxIdTaken },
  );
}
