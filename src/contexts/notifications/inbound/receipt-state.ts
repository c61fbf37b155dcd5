import type { ReceiptState } from '../channels/sms/deliver-sm.ts';

// Final states that mean the handset never got the text (SMPP 3.4 §5.2.28, 5.0 §4.7.15).
const NEVER_ARRIVED: ReadonlySet<ReceiptState> = new Set(['expired', 'deleted', 'undeliverable', 'rejected', 'unknown', 'skipped']);
// 'accepted': read on the subscriber's behalf by the operator's customer service.
const ARRIVED: ReadonlySet<ReceiptState> = new Set(['delivered', 'accepted']);

/**
 * What the receipts of a text's parts say about the whole text: the first part that
 * never arrived decides; delivered only when every part is; otherwise still on its way
 * (null while no receipt came at all). Pure.
 */
export function combineReceipts(parts: readonly (ReceiptState | null)[]): ReceiptState | null {
  const failed = parts.find((state) => state !== null && NEVER_ARRIVED.has(state));
  if (failed) return failed;
  if (parts.length > 0 && parts.every((state) => state !== null && ARRIVED.has(state))) return 'delivered';
  return parts.some((state) => state !== null) ? 'enroute' : null;
}
