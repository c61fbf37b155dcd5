import type { Db } from '../../server/db/types.ts';
import { findContractPrices } from '../identity/index.ts';
import type { ContractFacts } from './rules/index.ts';

/**
 * The contract whose special prices apply to a client at `at`: the active contract
 * of the organisation the client represents, or null (an individual client, an
 * anonymous visitor, no contract in force). Anonymous visitors get list prices. An
 * `organizationId` of null (known: the client represents none) needs no query at all.
 */
export async function loadContract(
  db: Db,
  query: { clientId: string | null; organizationId?: string | null | undefined; at: Date },
): Promise<ContractFacts | null> {
  if (query.clientId === null || query.organizationId === null) return null;
  const found = await findContractPrices(db, { clientId: query.clientId, at: query.at });
  if (!found) return null;
  return { id: found.contractId, number: found.contractNumber, currency: found.currency, prices: found.prices };
}
