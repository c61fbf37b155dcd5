import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/errors.ts';
import { planRefund } from './plan-refund.ts';

describe('splitting a refund over the payments of an order', () => {
  const payments = [
    { paymentId: 'card-last', refundableMinor: 300 },
    { paymentId: 'cash-first', refundableMinor: 1_000 },
  ];

  it('gives back the latest payment first', () => {
    expect(planRefund(payments, 200)).toEqual([{ paymentId: 'card-last', amountMinor: 200 }]);
    expect(planRefund(payments, 500)).toEqual([
      { paymentId: 'card-last', amountMinor: 300 },
      { paymentId: 'cash-first', amountMinor: 200 },
    ]);
  });

  it('skips payments refunded already and refunds nothing for zero', () => {
    expect(planRefund([{ paymentId: 'gone', refundableMinor: 0 }, ...payments], 100)).toEqual([{ paymentId: 'card-last', amountMinor: 100 }]);
    expect(planRefund(payments, 0)).toEqual([]);
  });

  it('refuses more than was paid and not refunded', () => {
    try {
      planRefund(payments, 1_301);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('refund_exceeds_paid');
      expect(isAppError(error) && error.extra).toEqual({ refundableMinor: 1_300, requestedMinor: 1_301 });
    }
  });

  it('always refunds exactly the amount, never more than any payment holds', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(100_000), { maxLength: 8 }), fc.double({ min: 0, max: 1, noNaN: true }), (amounts, share) => {
        const sources = amounts.map((refundableMinor, index) => ({ paymentId: `p${index}`, refundableMinor }));
        const total = amounts.reduce((a, b) => a + b, 0);
        const amount = Math.floor(total * share);
        const parts = planRefund(sources, amount);
        expect(parts.reduce((sum, part) => sum + part.amountMinor, 0)).toBe(amount);
        for (const part of parts) {
          expect(part.amountMinor).toBeGreaterThan(0);
          expect(part.amountMinor).toBeLessThanOrEqual(sources.find((s) => s.paymentId === part.paymentId)!.refundableMinor);
        }
      }),
    );
  });
});
