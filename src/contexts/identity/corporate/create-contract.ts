import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { badRequest } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf } from '../audit-actor.ts';
import { mapUniqueViolation } from '../unique-violation.ts';
import { withCatalogReferences } from './catalog-references.ts';
import type { ContractView, CreateContractBody } from './corporate-contracts.ts';
import { contractNumberTaken, contractOverlaps, organizationNotFound } from './corporate-errors.ts';
import { activeContractOverlaps, contractViews, insertContract, replaceContractPrices } from './contracts-repository.ts';
import { findOrganization } from './organizations-repository.ts';

export function checkPeriod(validFrom: Date, validTo: Date | null): void {
  if (validTo && validTo <= validFrom) throw badRequest('contract_period_invalid', 'validTo must come after validFrom.', { field: 'body.validTo' });
}

/** Concludes a contract with an organisation: its number, period, credit limit and special prices; audited. */
export async function createContract(
  deps: AppDeps,
  actor: Actor,
  organizationId: string,
  input: CreateContractBody,
  meta: { requestId?: string } = {},
): Promise<ContractView> {
  const now = deps.clock.now();
  const period = { validFrom: new Date(input.validFrom), validTo: input.validTo ? new Date(input.validTo) : null };
  checkPeriod(period.validFrom, period.validTo);
  const write = () =>
    deps.database.db.transaction(async (tx) => {
      if (!(await findOrganization(tx, organizationId))) throw organizationNotFound();
      const overlapping = input.status === 'active' ? await activeContractOverlaps(tx, organizationId, period, null) : null;
      if (overlapping) throw contractOverlaps(overlapping);
      const row = await insertContract(tx, {
        organizationId, number: input.number, status: input.status, ...period, currency: input.currency,
        creditLimitMinor: input.creditLimitMinor, createdAt: now, updatedAt: now,
      });
      await replaceContractPrices(tx, row.id, input.prices);
      const [view] = await contractViews(tx, { contractId: row.id });
      if (!view) throw new Error('contract vanished');
      await recordAudit(tx, { actor: auditActorOf(actor), action: 'contract.created', entity: 'contract', entityId: row.id, after: view, requestId: meta.requestId ?? null });
      return view;
    });
  return withCatalogReferences(input.prices, 'body.prices', () =>
    mapUniqueViolation(write, { contracts_number_key: contractNumberTaken, contracts_one_active_per_organization: () => contractOverlaps('(another)') }),
  );
}
