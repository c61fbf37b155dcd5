import type { AccountMovementResult } from '../contracts.ts';
import type { PostedEntry } from '../ledger/post-ledger-transaction.ts';
import type { LedgerTransactionRow } from '../tables.ts';

/** The answer to a top-up or a correction: the movement and the balance it left. */
export function toMovementResult(transaction: LedgerTransactionRow, entries: PostedEntry[], accountId: string): AccountMovementResult {
  const entry = entries.find((e) => e.accountId === accountId);
  if (!entry || entry.balanceAfterMinor === null) throw new Error(`the movement did not touch account ${accountId}`);
  return {
    transactionId: transaction.id,
    accountId,
    kind: transaction.kind,
    amountMinor: entry.amountMinor,
    balanceMinor: entry.balanceAfterMinor,
    at: transaction.createdAt.toISOString(),
  };
}
