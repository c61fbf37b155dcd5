import { encodeGsm7, isGsm7, septets } from './gsm7.ts';

/** One submit_sm worth of message: the bytes go into short_message untouched. */
export interface SmsPart {
  dataCoding: 0 | 8;
  /** 0x40 (UDH indicator) when the payload starts with a user data header. */
  esmClass: number;
  payload: Buffer;
}

const DATA_CODING_GSM7 = 0;
const DATA_CODING_UCS2 = 8;
const UDH_INDICATOR = 0x40;
export const MAX_PARTS = 255;

// One SMS is 140 octets: 160 septets or 70 UCS2 units; a 6-octet concatenation
// header leaves 153 septets or 67 units per part.
const LIMITS = {
  gsm: { single: 160, part: 153 },
  ucs2: { single: 70, part: 67 },
} as const;

/**
 * Splits a text into SMPP parts: GSM 03.38 when every character allows it, UCS2
 * otherwise (any Cyrillic letter). Never splits an escape pair or a surrogate pair.
 * Throws when the text would need more than 255 parts.
 */
export function splitSms(text: string, reference: number): SmsPart[] {
  const gsm = isGsm7(text);
  const limit = gsm ? LIMITS.gsm : LIMITS.ucs2;
  const cost = (ch: string) => (gsm ? septets(ch) : ch.length); // ch.length: 2 for a surrogate pair
  const encode = (chunk: string) => (gsm ? encodeGsm7(chunk) : Buffer.from(chunk, 'utf16le').swap16());
  const dataCoding = gsm ? DATA_CODING_GSM7 : DATA_CODING_UCS2;

  const total = [...text].reduce((sum, ch) => sum + cost(ch), 0);
  if (total <= limit.single) return [{ dataCoding, esmClass: 0, payload: encode(text) }];

  const chunks: string[] = [];
  let chunk = '';
  let used = 0;
  for (const ch of text) {
    if (used + cost(ch) > limit.part) {
      chunks.push(chunk);
      chunk = '';
      used = 0;
    }
    chunk += ch;
    used += cost(ch);
  }
  chunks.push(chunk);
  if (chunks.length > MAX_PARTS) throw new Error(`text needs ${chunks.length} SMS parts, at most ${MAX_PARTS} allowed`);

  return chunks.map((part, i) => ({
    dataCoding,
    esmClass: UDH_INDICATOR,
    // IEI 0x00: concatenated SMS with an 8-bit reference, then total and sequence (1-based).
    payload: Buffer.concat([Buffer.from([0x05, 0x00, 0x03, reference & 0xff, chunks.length, i + 1]), encode(part)]),
  }));
}

/**
 * The concatenation reference for an outbox id: stable, so every retry of one message
 * carries the same reference, and parts of an interrupted attempt and of its retry
 * can still complete each other on the phone.
 */
export function referenceFor(id: string): number {
  let hash = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) & 0xff;
}
