import type { AppDeps } from '../../../server/deps.ts';
import type { OrganizationView } from './corporate-contracts.ts';
import { searchOrganizations } from './organizations-repository.ts';

/** Organisations by name, optionally those whose name or INN contains the text. */
export async function listOrganizations(deps: AppDeps, search: string | undefined): Promise<OrganizationView[]> {
  return searchOrganizations(deps.database.db, search);
}
