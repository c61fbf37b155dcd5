import type { Db } from '../../../server/db/types.ts';
import { notFound } from '../../../shared/errors.ts';
import { findClientContacts, findContractTerms, type ContractTerms } from '../../identity/index.ts';
import { ensureClientAccount, ensureContractAccount } from '../ledger/accounts-repository.ts';
import { contractFloor, type Leg } from '../ledger/ledger-rules.ts';
import type { LedgerAccountRow } from '../tables.ts';

/** Whose money an account holds: a client's internal account, or a corporate contract's balance. */
export type AccountOwner = { kind: 'client'; clientId: string } | { kind: 'contract'; contractId: string };

export const clientNotFound = (field = 'params.clientId') => notFound('client_not_found', 'There is no such client.', { field });
export const contractNotFound = (field = 'params.contractId') => notFound('contract_not_found', 'There is no such contract.', { field });

export async function assertClientExists(db: Db, clientId: string, field?: string): Promise<void> {
  if (!(await findClientContacts(db, clientId))) throw clientNotFound(field);
}

export async function contractTermsOf(db: Db, contractId: string, field?: string): Promise<ContractTerms> {
  const terms = await findContractTerms(db, contractId);
  if (!terms) throw contractNotFound(field);
  return terms;
}

export interface OwnedAccount {
  account: LedgerAccountRow;
  /** The leg side of the account: a contract's carries its floor from the credit limit now. */
  side: Omit<Leg, 'amountMinor'>;
  contract: ContractTerms | null;
}

/** The owner's account, made on first use; 404 for an owner that does not exist. */
export async function ownedAccount(tx: Db, owner: AccountOwner, now: Date): Promise<OwnedAccount> {
  switch (owner.kind) {
    case 'client': {
      await assertClientExists(tx, owner.clientId);
      const account = await ensureClientAccount(tx, owner.clientId, now);
      return { account, side: { account }, contract: null };
    }
    case 'contract': {
      const contract = await contractTermsOf(tx, owner.contractId);
      const account = await ensureContractAccount(tx, contract, now);
      return { account, side: { account, floorMinor: contractFloor(contract.creditLimitMinor) }, contract };
    }
  }
}
