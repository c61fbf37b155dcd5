import { describe, expect, it } from 'vitest';
import { assertBalanced, cachesBalance, contractFloor, lockOrder, type Leg } from './ledger-rules.ts';

const client = { id: 'b-client', kind: 'client' as const };
const orders = { id: 'a-orders', kind: 'orders' as const };

describe('the shape of a ledger transaction', () => {
  it('accepts two or more legs that sum to zero', () => {
    expect(() => assertBalanced([{ account: client, amountMinor: -500 }, { account: orders, amountMinor: 500 }])).not.toThrow();
  });

  it('refuses one leg, a zero leg, two legs on one account and a sum other than zero', () => {
    expect(() => assertBalanced([{ account: client, amountMinor: 0 }])).toThrow();
    expect(() => assertBalanced([{ account: client, amountMinor: 0 }, { account: orders, amountMinor: 0 }])).toThrow();
    expect(() => assertBalanced([{ account: client, amountMinor: -5 }, { account: client, amountMinor: 5 }])).toThrow();
    expect(() => assertBalanced([{ account: client, amountMinor: -5 }, { account: orders, amountMinor: 6 }])).toThrow();
  });

  it('updates balances in account id order, so two movements never lock in opposite orders', () => {
    const legs: Leg[] = [{ account: client, amountMinor: -1 }, { account: orders, amountMinor: 1 }];
    expect(lockOrder(legs).map((leg) => leg.account.id)).toEqual(['a-orders', 'b-client']);
  });

  it('keeps balances and floors for clients and contracts only; a floor is minus the credit limit', () => {
    expect(['client', 'contract', 'box_office', 'orders', 'corrections'].filter((k) => cachesBalance(k as never))).toEqual(['client', 'contract']);
    expect(contractFloor(50_000)).toBe(-50_000);
    expect(Object.is(contractFloor(0), 0)).toBe(true);
  });
});
