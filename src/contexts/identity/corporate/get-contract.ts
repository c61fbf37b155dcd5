import type { AppDeps } from '../../../server/deps.ts';
import type { ContractView } from './corporate-contracts.ts';
import { contractNotFound } from './corporate-errors.ts';
import { contractViews } from './contracts-repository.ts';

/** A contract with its special prices. */
export async function getContract(deps: AppDeps, contractId: string): Promise<ContractView> {
  const [view] = await contractViews(deps.database.db, { contractId });
  if (!view) throw contractNotFound();
  return view;
}
