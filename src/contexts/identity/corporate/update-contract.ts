import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { conflict } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf } from '../audit-actor.ts';
import { canMoveContract, contractIsEditable } from '../rules/contract-status.ts';
import { mapUniqueViolation } from '../unique-violation.ts';
import type { ContractView, UpdateContractBody } from './corporate-contracts.ts';
import { contractNotFound, contractNumberTaken, contractOverlaps } from './corporate-errors.ts';
import { activeContractOverlaps, contractViews, findContract, updateContractRow } from './contracts-repository.ts';
import { checkPeriod } from './create-contract.ts';

/** Changes a contract's terms or moves it along its statuses (activate, suspend, close); audited. */
export async function updateContract(
  deps: AppDeps,
  actor: Actor,
  contractId: string,
  input: UpdateContractBody,
  meta: { requestId?: string } = {},
): Promise<ContractView> {
  const now = deps.clock.now();
  const write = () =>
    deps.database.db.transaction(async (tx) => {
      const row = await findContract(tx, contractId, true);
      if (!row) throw contractNotFound();
      const status = input.status ?? row.status;
      if (!canMoveContract(row.status, status)) {
        throw conflict('contract_status_transition', `A ${row.status} contract cannot become ${status}.`, { field: 'body.status', extra: { currentStatus: row.status } });
      }
      const changesTerms = input.number !== undefined || input.validFrom !== undefined || input.validTo !== undefined || input.creditLimitMinor !== undefined;
      if (changesTerms && !contractIsEditable(row.status)) throw conflict('contract_closed', 'A closed contract cannot be changed.', { extra: { currentStatus: row.status } });
      const period = {
        validFrom: input.validFrom ? new Date(input.validFrom) : row.validFrom,
        validTo: input.validTo === undefined ? row.validTo : input.validTo ? new Date(input.validTo) : null,
      };
      checkPeriod(period.validFrom, period.validTo);
      const overlapping = status === 'active' ? await activeContractOverlaps(tx, row.organizationId, period, contractId) : null;
      if (overlapping) throw contractOverlaps(overlapping, input.status ? 'body.status' : 'body.validFrom');
      const [before] = await contractViews(tx, { contractId });
      await updateContractRow(tx, contractId, {
        number: input.number ?? row.number, status, ...period, creditLimitMinor: input.creditLimitMinor ?? row.creditLimitMinor, updatedAt: now,
      });
      const [after] = await contractViews(tx, { contractId });
      if (!after) throw contractNotFound();
      const action = status !== row.status ? `contract.${status === 'active' && row.status === 'suspended' ? 'resumed' : status === 'active' ? 'activated' : status}` : 'contract.updated';
      await recordAudit(tx, { actor: auditActorOf(actor), action, entity: 'contract', entityId: contractId, before, after, requestId: meta.requestId ?? null });
      return after;
    });
  return mapUniqueViolation(write, { contracts_number_key: contractNumberTaken, contracts_one_active_per_organization: () => contractOverlaps('(another)') });
}
