import type { Factor } from './priced-line.ts';
import type { ContractMatch } from './find-contract-price.ts';

/**
 * Where a contract sets a price it replaces the list unit price outright (no
 * coefficient applies on top); the list price stays on record beside it so a
 * person can see what the contract changed.
 */
export function applyContractPrice(
  listUnitMinor: number,
  factors: readonly Factor[],
  match: ContractMatch | null,
): { readonly unitPriceMinor: number; readonly factors: readonly Factor[] } {
  if (!match) return { unitPriceMinor: listUnitMinor, factors };
  return { unitPriceMinor: match.priceMinor, factors: [...factors, contractFactor(match, listUnitMinor)] };
}

export function contractFactor(match: ContractMatch, listPriceMinor: number | null): Factor {
  return {
    kind: 'contract',
    contractId: match.contract.id,
    contractNumber: match.contract.number,
    scope: match.scope,
    priceMinor: match.priceMinor,
    listPriceMinor,
  };
}
