import type { OrderRow } from '../../booking/index.ts';
import type { Db } from '../../../server/db/types.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { unprocessable } from '../../../shared/errors.ts';
import { findCardByHash } from '../cards/cards-repository.ts';
import { ensureContractAccount } from '../ledger/accounts-repository.ts';
import { contractFloor, type Leg } from '../ledger/ledger-rules.ts';
import { contractNotFound, contractTermsOf } from '../shared/account-owner.ts';

/**
 * A card that is not linked, and a card linked to someone else's account, get the same
 * answer: telling them apart would let anyone find out which numbers are linked here.
 */
export const cardNotFound = () => unprocessable('card_not_found', 'This card is not linked to your internal account. Check the number, or link the card at a box office.', { field: 'body.cardNumber' });

/** The client's own account, found by the card linked to it. */
export async function accountOfCard(tx: Db, actor: Actor, cardHash: string): Promise<Omit<Leg, 'amountMinor'>> {
  const card = await findCardByHash(tx, cardHash);
  if (!card || !actor.clientId || card.clientId !== actor.clientId) throw cardNotFound();
  return { account: { id: card.accountId, kind: 'client' } };
}

/**
 * The balance of a contract of the organisation the representative acts for (the one
 * given, else the order's), in force now; debited down to minus its credit limit.
 */
export async function accountOfContract(tx: Db, actor: Actor, order: OrderRow, contractId: string | undefined, now: Date): Promise<Omit<Leg, 'amountMinor'>> {
  const chosen = contractId ?? order.contractId;
  if (!chosen) throw unprocessable('contract_required', 'This order was not made under a contract: name the contract to pay from.', { field: 'body.contractId' });
  const terms = await contractTermsOf(tx, chosen, 'body.contractId');
  if (!actor.organizationId || terms.organizationId !== actor.organizationId) throw contractNotFound('body.contractId');
  const inForce = terms.status === 'active' && terms.validFrom <= now && (terms.validTo === null || now < terms.validTo);
  if (!inForce) {
    throw unprocessable('contract_not_active', `Contract ${terms.number} is not in force now: it cannot pay.`, { field: 'body.contractId', extra: { contractStatus: terms.status } });
  }
  const account = await ensureContractAccount(tx, terms, now);
  return { account, floorMinor: contractFloor(terms.creditLimitMinor) };
}
