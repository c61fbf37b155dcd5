import type { Db } from '../../../server/db/types.ts';
import { cardsOfClient } from '../cards/cards-repository.ts';
import { toCardView } from '../cards/link-card.ts';
import type { AccountStatement, Movement, StatementQuery } from '../contracts.ts';
import { findClientAccount, findContractAccount } from '../ledger/accounts-repository.ts';
import { assertClientExists, contractTermsOf, type AccountOwner } from '../shared/account-owner.ts';
import { movementKindLabels, paymentKindLabels } from '../shared/labels.ts';
import { countMovements, movementsOf } from './statement-repository.ts';

type MovementRow = Awaited<ReturnType<typeof movementsOf>>[number];

const toMovement = ({ entry, transaction }: MovementRow): Movement => ({
  id: entry.id,
  transactionId: transaction.id,
  at: entry.createdAt.toISOString(),
  kind: transaction.kind,
  kindLabel: movementKindLabels[transaction.kind],
  paymentKind: transaction.paymentKind,
  paymentKindLabel: transaction.paymentKind ? paymentKindLabels[transaction.paymentKind] : null,
  amountMinor: entry.amountMinor,
  balanceAfterMinor: entry.balanceAfterMinor ?? 0,
  orderId: transaction.orderId,
  bookingNumber: transaction.bookingNumber,
  pointOfSale: transaction.pointOfSale,
  description: transaction.reason ?? transaction.note,
});

/**
 * The balance of a client's account or a contract, what may be spent now, the linked cards
 * and the movements newest first, each with its order and booking number. An account not
 * used yet shows zero and nothing (reading makes no account). 404 for an unknown owner.
 */
export async function getAccountStatement(db: Db, owner: AccountOwner, page: StatementQuery): Promise<AccountStatement> {
  const contract = owner.kind === 'contract' ? await contractTermsOf(db, owner.contractId) : null;
  if (owner.kind === 'client') await assertClientExists(db, owner.clientId);
  const account = owner.kind === 'client' ? await findClientAccount(db, owner.clientId) : await findContractAccount(db, owner.contractId);
  const cards = owner.kind === 'client' ? await cardsOfClient(db, owner.clientId) : [];
  const movements = account ? await movementsOf(db, account.id, page) : [];
  const balanceMinor = account?.balanceMinor ?? 0;
  const creditLimitMinor = contract?.creditLimitMinor ?? 0;
  return {
    owner: owner.kind,
    clientId: owner.kind === 'client' ? owner.clientId : null,
    contractId: contract?.contractId ?? null,
    contractNumber: contract?.number ?? null,
    accountId: account?.id ?? null,
    currency: account?.currency ?? contract?.currency ?? 'RUB',
    balanceMinor,
    creditLimitMinor,
    availableMinor: Math.max(0, balanceMinor + creditLimitMinor),
    cards: cards.map(toCardView),
    movements: movements.map(toMovement),
    total: account ? await countMovements(db, account.id) : 0,
    limit: page.limit,
    offset: page.offset,
  };
}
