import type { StaffPayment } from '../orders/orders-api.ts';

/**
 * What a return gave back: the refunds (negative payments) that the order has now and
 * did not have before, and by which kinds they went back (cash to the hand, a card to
 * the card, an account to the account).
 */
export function refundOf(before: readonly StaffPayment[], after: readonly StaffPayment[]): { minor: number; kinds: StaffPayment['kind'][] } {
  const known = new Set(before.map((payment) => payment.id));
  const refunds = after.filter((payment) => !known.has(payment.id) && payment.amountMinor < 0);
  return { minor: refunds.reduce((sum, payment) => sum - payment.amountMinor, 0), kinds: [...new Set(refunds.map((payment) => payment.kind))] };
}
