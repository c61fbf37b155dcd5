import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { conflict } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf } from '../audit-actor.ts';
import { contractIsEditable } from '../rules/contract-status.ts';
import { withCatalogReferences } from './catalog-references.ts';
import type { ContractPriceInput, ContractView } from './corporate-contracts.ts';
import { contractNotFound } from './corporate-errors.ts';
import { contractViews, findContract, replaceContractPrices } from './contracts-repository.ts';

/**
 * Replaces a contract's special prices with the given list. Sold tickets keep the price
 * they were sold at (pricing freezes it); new quotes use the new prices. Audited.
 */
export async function setContractPrices(
  deps: AppDeps,
  actor: Actor,
  contractId: string,
  prices: ContractPriceInput[],
  meta: { requestId?: string } = {},
): Promise<ContractView> {
  return withCatalogReferences(prices, 'body.prices', () =>
    deps.database.db.transaction(async (tx) => {
      const row = await findContract(tx, contractId, true);
      if (!row) throw contractNotFound();
      if (!contractIsEditable(row.status)) throw conflict('contract_closed', 'A closed contract cannot be changed.', { extra: { currentStatus: row.status } });
      const [before] = await contractViews(tx, { contractId });
      await replaceContractPrices(tx, contractId, prices);
      const [after] = await contractViews(tx, { contractId });
      if (!after) throw contractNotFound();
      await recordAudit(tx, {
        actor: auditActorOf(actor), action: 'contract.prices_set', entity: 'contract', entityId: contractId,
        before: before?.prices, after: after.prices, requestId: meta.requestId ?? null,
      });
      return after;
    }),
  );
}
