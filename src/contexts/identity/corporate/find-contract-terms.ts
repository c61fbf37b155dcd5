import type { Db } from '../../../server/db/types.ts';
import type { ContractStatus } from '../tables.ts';
import { findContract } from './contracts-repository.ts';

/** What the payments context needs of a contract: whose it is, whether it is in force, its credit limit. */
export interface ContractTerms {
  contractId: string;
  organizationId: string;
  number: string;
  status: ContractStatus;
  validFrom: Date;
  validTo: Date | null;
  currency: string;
  creditLimitMinor: number;
}

/** The contract's terms as they are now (in the caller's transaction), or null for an unknown id. */
export async function findContractTerms(db: Db, contractId: string): Promise<ContractTerms | null> {
  const row = await findContract(db, contractId);
  if (!row) return null;
  return {
    contractId: row.id,
    organizationId: row.organizationId,
    number: row.number,
    status: row.status,
    validFrom: row.validFrom,
    validTo: row.validTo,
    currency: row.currency,
    creditLimitMinor: row.creditLimitMinor,
  };
}
