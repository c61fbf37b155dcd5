import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf } from '../audit-actor.ts';
import { mapUniqueViolation } from '../unique-violation.ts';
import type { OrganizationView, UpdateOrganizationBody } from './corporate-contracts.ts';
import { organizationNotFound, taxIdTaken } from './corporate-errors.ts';
import { findOrganization, toOrganizationView, updateOrganizationRow } from './organizations-repository.ts';

/** Changes an organisation's details; audited with before and after. */
export async function updateOrganization(
  deps: AppDeps,
  actor: Actor,
  organizationId: string,
  input: UpdateOrganizationBody,
  meta: { requestId?: string } = {},
): Promise<OrganizationView> {
  const now = deps.clock.now();
  return mapUniqueViolation(
    () =>
      deps.database.db.transaction(async (tx) => {
        const row = await findOrganization(tx, organizationId);
        if (!row) throw organizationNotFound();
        const updated = await updateOrganizationRow(tx, organizationId, { ...input, updatedAt: now });
        const [before, after] = [toOrganizationView(row), toOrganizationView(updated)];
        await recordAudit(tx, { actor: auditActorOf(actor), action: 'organization.updated', entity: 'organization', entityId: organizationId, before, after, requestId: meta.requestId ?? null });
        return after;
      }),
    { organizations_tax_id_key: taxIdTaken },
  );
}
