import type { AuditActor } from '../../audit/index.ts';
import type { Db } from '../../../server/db/types.ts';
import { unprocessable } from '../../../shared/errors.ts';
import type { LedgerTransactionRow, PaymentKind, TransactionKind } from '../tables.ts';
import { cachedBalanceOf, insertLedgerEntries, insertLedgerTransaction, moveCachedBalance } from './ledger-repository.ts';
import { assertBalanced, cachesBalance, lockOrder, type Leg } from './ledger-rules.ts';

export interface LedgerPosting {
  kind: TransactionKind;
  paymentKind: PaymentKind | null;
  order?: { id: string; bookingNumber: string } | null;
  pointOfSale?: string | null;
  note?: string | null;
  reason?: string | null;
  actor: AuditActor;
  now: Date;
  legs: Leg[];
}

export interface PostedEntry {
  accountId: string;
  amountMinor: number;
  /** Null for the system accounts, which keep no cached balance. */
  balanceAfterMinor: number | null;
}

/**
 * Posts one balanced movement in the caller's transaction: the transaction row, one entry
 * per leg, and each cached balance moved under its row lock. A debit that would take an
 * account below its floor throws 422 'insufficient_funds'; the caller's transaction then
 * rolls back, so nothing of it stays.
 */
export async function postLedgerTransaction(tx: Db, posting: LedgerPosting): Promise<{ transaction: LedgerTransactionRow; entries: PostedEntry[] }> {
  assertBalanced(posting.legs);
  const transaction = await insertLedgerTransaction(tx, {
    kind: posting.kind,
    paymentKind: posting.paymentKind,
    orderId: posting.order?.id ?? null,
    bookingNumber: posting.order?.bookingNumber ?? null,
    pointOfSale: posting.pointOfSale ?? null,
    note: posting.note ?? null,
    reason: posting.reason ?? null,
    actorId: posting.actor.id,
    actorKind: posting.actor.kind,
    createdAt: posting.now,
  });
  const entries: PostedEntry[] = [];
  for (const leg of lockOrder(posting.legs)) {
    const balanceAfterMinor = cachesBalance(leg.account.kind) ? await moveBalance(tx, leg) : null;
    entries.push({ accountId: leg.account.id, amountMinor: leg.amountMinor, balanceAfterMinor });
  }
  await insertLedgerEntries(
    tx,
    entries.map((entry) => ({ transactionId: transaction.id, ...entry, createdAt: posting.now })),
  );
  return { transaction, entries };
}

async function moveBalance(tx: Db, leg: Leg): Promise<number> {
  const after = await moveCachedBalance(tx, leg.account.id, leg.amountMinor, leg.amountMinor < 0 ? leg.floorMinor : undefined);
  if (after !== null) return after;
  const current = await cachedBalanceOf(tx, leg.account.id);
  if (!current) throw new Error(`ledger account ${leg.account.id} keeps no balance`);
  const floorMinor = leg.floorMinor ?? current.floorMinor;
  const availableMinor = Math.max(0, current.balanceMinor - floorMinor);
  const where = leg.account.kind === 'contract' ? "the contract's balance, with its credit limit" : 'the account';
  throw unprocessable('insufficient_funds', `There is not enough money on ${where}: ${availableMinor} kopecks available, ${-leg.amountMinor} needed.`, {
    extra: { availableMinor, requiredMinor: -leg.amountMinor },
  });
}
