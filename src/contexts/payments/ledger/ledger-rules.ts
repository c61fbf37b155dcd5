import { sumMinor } from '../../../shared/money.ts';
import type { AccountKind } from '../tables.ts';

// Pure rules of the ledger: what a transaction must look like, which accounts have floors.

export interface Leg {
  account: { id: string; kind: AccountKind };
  /** Signed: what the account's balance changes by. */
  amountMinor: number;
  /** For a debit of a contract: minus its credit limit now, enforced and remembered. */
  floorMinor?: number;
}

/** Client and contract accounts have a floor and a cached balance; the system accounts neither. */
export function cachesBalance(kind: AccountKind): boolean {
  switch (kind) {
    case 'client':
    case 'contract':
      return true;
    case 'box_office':
    case 'orders':
    case 'corrections':
      return false;
  }
}

/** Double entry: at least two legs, none zero, summing to zero; one leg per account. */
export function assertBalanced(legs: readonly Leg[]): void {
  if (legs.length < 2) throw new Error('a ledger transaction needs at least two legs');
  if (legs.some((leg) => leg.amountMinor === 0)) throw new Error('a ledger leg cannot be zero');
  if (new Set(legs.map((leg) => leg.account.id)).size !== legs.length) throw new Error('one leg per account in a ledger transaction');
  if (sumMinor(legs.map((leg) => leg.amountMinor)) !== 0) throw new Error('ledger legs must sum to zero');
}

/**
 * The order the cached balances are updated in: by account id, so two transactions
 * touching the same accounts always lock them in the same order and never deadlock.
 */
export function lockOrder(legs: readonly Leg[]): Leg[] {
  return [...legs].sort((a, b) => (a.account.id < b.account.id ? -1 : a.account.id > b.account.id ? 1 : 0));
}

/** A contract's floor: minus its credit limit (never -0, which some drivers send as "-0"). */
export const contractFloor = (creditLimitMinor: number): number => (creditLimitMinor > 0 ? -creditLimitMinor : 0);
