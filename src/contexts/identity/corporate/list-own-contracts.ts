import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { notFound } from '../../../shared/errors.ts';
import type { ContractView, OrganizationView } from './corporate-contracts.ts';
import { contractViews } from './contracts-repository.ts';
import { findOrganization, toOrganizationView } from './organizations-repository.ts';

/**
 * What a corporate representative sees (seed 001): their organisation and its contracts
 * with the special prices; drafts are the manager's business and stay hidden.
 */
export async function listOwnContracts(deps: AppDeps, actor: Actor): Promise<{ organization: OrganizationView; contracts: ContractView[] }> {
  const organization = actor.organizationId ? await findOrganization(deps.database.db, actor.organizationId) : null;
  if (!organization) throw notFound('organization_not_found', 'You do not represent an organisation.');
  return {
    organization: toOrganizationView(organization),
    contracts: await contractViews(deps.database.db, { organizationId: organization.id, statuses: ['active', 'suspended', 'closed'] }),
  };
}
