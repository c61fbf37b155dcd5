import smpp from 'smpp';
import type { DeliveryResult } from '../channel.ts';

type NotDelivered = Exclude<DeliveryResult, { kind: 'delivered' }>;

const names = new Map<number, string>(Object.entries(smpp.errors).map(([name, code]) => [code, name]));

export function statusName(status: number): string {
  return `${names.get(status) ?? 'vendor status'} (0x${status.toString(16).padStart(4, '0')})`;
}

// Statuses that say this message or this number can never go through. Everything
// else (throttling, queue full, system errors, vendor codes) is retried: the outbox
// gives up after its own limit, and a wrong guess there only costs an attempt.
const PERMANENT = new Set<number>([
  0x0001, // ESME_RINVMSGLEN
  0x000b, // ESME_RINVDSTADR
  0x0050, // ESME_RINVDSTTON
  0x0051, // ESME_RINVDSTNPI
  0x0065, // ESME_RX_P_APPN: the SMSC rejects it permanently
  0x0066, // ESME_RX_R_APPN: rejected, e.g. the subscriber is blacklisted
  0x0104, // ESME_RINVDCS
]);

/** What a non-zero submit_sm_resp command_status means for the outbox. */
export function classifySubmitStatus(status: number): NotDelivered {
  const reason = `submit_sm refused: ${statusName(status)}`;
  return PERMANENT.has(status) ? { kind: 'failed', reason } : { kind: 'retry', reason };
}
