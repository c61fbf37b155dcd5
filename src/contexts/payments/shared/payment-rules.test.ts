import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/errors.ts';
import type { OrderStatus } from '../../booking/index.ts';
import { assertWithinRemaining, remainingToPay, takesPayment } from './payment-rules.ts';

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, status: error.status, field: error.field, extra: error.extra };
    throw error;
  }
  return null;
}

describe('which orders take money, and how much', () => {
  it('takes money once confirmed and while tickets are issued, never before or after', () => {
    const statuses: OrderStatus[] = ['formed', 'processed', 'partially_issued', 'issued', 'returned', 'cancelled'];
    expect(statuses.filter(takesPayment)).toEqual(['processed', 'partially_issued', 'issued']);
  });

  it('says what is left, and refuses an order that owes nothing or cannot be paid', () => {
    expect(remainingToPay({ status: 'processed', totalMinor: 1_000, paidMinor: 300 })).toBe(700);
    expect(refusal(() => remainingToPay({ status: 'processed', totalMinor: 1_000, paidMinor: 1_000 }))).toMatchObject({ code: 'order_already_paid', status: 409 });
    expect(refusal(() => remainingToPay({ status: 'formed', totalMinor: 1_000, paidMinor: 0 }))).toMatchObject({ code: 'order_not_payable', status: 409, extra: { currentStatus: 'formed' } });
    expect(refusal(() => remainingToPay({ status: 'cancelled', totalMinor: 1_000, paidMinor: 0 }))).toMatchObject({ code: 'order_not_payable' });
  });

  it('refuses a part payment above what is left, naming the amount', () => {
    expect(() => assertWithinRemaining({ status: 'processed', totalMinor: 1_000, paidMinor: 300 }, 700)).not.toThrow();
    expect(refusal(() => assertWithinRemaining({ status: 'processed', totalMinor: 1_000, paidMinor: 300 }, 701))).toMatchObject({
      code: 'overpayment', status: 422, field: 'body.amountMinor', extra: { remainingMinor: 700 },
    });
  });
});
