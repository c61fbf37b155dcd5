import { unprocessable } from '../../../shared/errors.ts';

export interface RefundSource {
  paymentId: string;
  /** What is still not given back of this payment. */
  refundableMinor: number;
}

export interface RefundPart {
  paymentId: string;
  amountMinor: number;
}

/**
 * Splits a refund over an order's payments, latest first (the money that came last goes
 * back first), each part at most what is left of its payment. More than all of them is
 * 422 'refund_exceeds_paid': money is never given back that did not come in.
 */
export function planRefund(latestFirst: readonly RefundSource[], amountMinor: number): RefundPart[] {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) throw new Error(`a refund must be a whole non-negative amount, got ${amountMinor}`);
  const refundableMinor = latestFirst.reduce((sum, source) => sum + Math.max(0, source.refundableMinor), 0);
  if (amountMinor > refundableMinor) {
    throw unprocessable('refund_exceeds_paid', `Only ${refundableMinor} kopecks were paid for this order and not refunded yet.`, { extra: { refundableMinor, requestedMinor: amountMinor } });
  }
  const parts: RefundPart[] = [];
  let left = amountMinor;
  for (const source of latestFirst) {
    if (left === 0) break;
    const part = Math.min(left, Math.max(0, source.refundableMinor));
    if (part > 0) parts.push({ paymentId: source.paymentId, amountMinor: part });
    left -= part;
  }
  return parts;
}
