import type smpp from 'smpp';
import { decodeGsm7 } from './gsm7.ts';

export type ReceiptState =
  | 'enroute' | 'delivered' | 'expired' | 'deleted' | 'undeliverable'
  | 'accepted' | 'unknown' | 'rejected' | 'skipped';

/** A delivery receipt for a part we submitted; messageId is a submit_sm_resp message_id. */
export interface SmsReceipt { messageId: string; state: ReceiptState; raw: string }
/** A text a subscriber sent us, e.g. an answer "ДА AB23CX". */
export interface SmsIncoming { from: string; text: string }

export type DeliverSm = { kind: 'receipt'; receipt: SmsReceipt } | { kind: 'incoming'; incoming: SmsIncoming };

// message_state TLV values (SMPP 5.0 §4.7.15), in order from 1.
const TLV_STATES: ReceiptState[] = ['enroute', 'delivered', 'expired', 'deleted', 'undeliverable', 'accepted', 'unknown', 'rejected', 'skipped'];
// The 7-letter "stat:" words of the receipt text (SMPP 3.4 Appendix B).
const TEXT_STATES: Record<string, ReceiptState> = {
  ENROUTE: 'enroute', DELIVRD: 'delivered', EXPIRED: 'expired', DELETED: 'deleted', UNDELIV: 'undeliverable',
  ACCEPTD: 'accepted', UNKNOWN: 'unknown', REJECTD: 'rejected', SKIPPED: 'skipped',
};

// Bits 2-5 of esm_class: 0x04 SMSC receipt, 0x08 SME acknowledgement, 0x20 intermediate notification.
const RECEIPT_TYPES = 0x04 | 0x08 | 0x20;

type DeliverFields = Pick<smpp.PduParams,
  'esm_class' | 'data_coding' | 'source_addr' | 'short_message' | 'message_payload' | 'receipted_message_id' | 'message_state'>;

/** Tells a receipt from a subscriber's message. Receipts carry TLVs (SMPP 5) or only the text (3.4). */
export function readDeliverSm(pdu: DeliverFields): DeliverSm {
  const text = messageText(pdu);
  if (((pdu.esm_class ?? 0) & RECEIPT_TYPES) === 0) {
    return { kind: 'incoming', incoming: { from: pdu.source_addr ?? '', text } };
  }
  const messageId = pdu.receipted_message_id ?? /\bid:(\S+)/i.exec(text)?.[1] ?? '';
  const fromTlv = pdu.message_state === undefined ? undefined : TLV_STATES[pdu.message_state - 1];
  const word = /\bstat:(\w+)/i.exec(text)?.[1]?.toUpperCase();
  const state = fromTlv ?? (word === undefined ? undefined : TEXT_STATES[word]) ?? 'unknown';
  return { kind: 'receipt', receipt: { messageId, state, raw: text } };
}

function messageText(pdu: DeliverFields): string {
  const value = pdu.message_payload ?? pdu.short_message;
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  const message = Buffer.isBuffer(value) ? value : value.message;
  if (typeof message === 'string') return message;
  // The library leaves a Buffer for codings it does not know; GSM-7 is the SMSC default.
  if ((pdu.data_coding ?? 0) !== 8) return decodeGsm7(message);
  return Buffer.from(message.subarray(0, message.length & ~1)).swap16().toString('utf16le');
}
