import { describe, expect, it } from 'vitest';
import type { StaffPayment } from '../orders/orders-api.ts';
import { refundOf } from './refund-of.ts';

const payment = (id: string, amountMinor: number, kind: StaffPayment['kind'] = 'cash'): StaffPayment => ({
  id, orderId: 'o1', kind, kindLabel: { ru: kind, en: kind }, amountMinor, currency: 'RUB', source: 'box_office', pointOfSale: null, note: null, refundOf: null, createdAt: '2026-06-01T10:00:00Z',
});

describe('the refund of a return', () => {
  it('is what the new negative payments give back, with their kinds', () => {
    const before = [payment('p1', 50_000), payment('p2', 40_000, 'card')];
    const after = [...before, payment('r1', -30_000), payment('r2', -10_000, 'card')];
    expect(refundOf(before, after)).toEqual({ minor: 40_000, kinds: ['cash', 'card'] });
  });

  it('is nothing when the return gave no money back (a ticket issued on credit)', () => {
    const before = [payment('p1', 50_000)];
    expect(refundOf(before, before)).toEqual({ minor: 0, kinds: [] });
  });
});
