import type { AppDeps } from '../../../server/deps.ts';
import type { OrganizationDetail } from './corporate-contracts.ts';
import { organizationNotFound } from './corporate-errors.ts';
import { contractViews } from './contracts-repository.ts';
import { findOrganization, representativesOf, toOrganizationView } from './organizations-repository.ts';

/** An organisation with its representatives and all its contracts with their prices. */
export async function getOrganization(deps: AppDeps, organizationId: string): Promise<OrganizationDetail> {
  const { db } = deps.database;
  const row = await findOrganization(db, organizationId);
  if (!row) throw organizationNotFound();
  return {
    ...toOrganizationView(row),
    representatives: await representativesOf(db, organizationId),
    contracts: await contractViews(db, { organizationId }),
  };
}
