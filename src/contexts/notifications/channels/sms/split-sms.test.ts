import { describe, expect, it } from 'vitest';
import { decodeGsm7, encodeGsm7, GSM7_BASIC_SIZE, isGsm7 } from './gsm7.ts';
import { referenceFor, splitSms } from './split-sms.ts';

const ucs2 = (payload: Buffer) => Buffer.from(payload).swap16().toString('utf16le');

describe('GSM-7', () => {
  it('has the 128 positions of GSM 03.38 and round-trips extension characters', () => {
    expect(GSM7_BASIC_SIZE).toBe(128);
    const text = 'Hello @ £5 {x} [y] €10 ~|^\\';
    expect(isGsm7(text)).toBe(true);
    expect(encodeGsm7('@A€')).toEqual(Buffer.from([0x00, 0x41, 0x1b, 0x65]));
    expect(decodeGsm7(encodeGsm7(text))).toBe(text);
  });

  it('sends anything with Cyrillic, a no-break space or an emoji as UCS2', () => {
    expect(isGsm7('Заказ')).toBe(false);
    expect(isGsm7('1\u00a0234')).toBe(false);
    expect(isGsm7('ok 👍')).toBe(false);
  });
});

describe('splitSms', () => {
  it('sends a short GSM text as one part with data_coding 0 and no header', () => {
    const [part, ...rest] = splitSms('A'.repeat(160), 7);
    expect(rest).toEqual([]);
    expect(part).toEqual({ dataCoding: 0, esmClass: 0, payload: Buffer.alloc(160, 0x41) });
  });

  it('sends Russian as UCS2 big-endian, 70 characters in one part', () => {
    const text = 'Заказ AB23CX подтверждён. '.padEnd(70, 'ж');
    const parts = splitSms(text, 7);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.dataCoding).toBe(8);
    expect(parts[0]!.payload.subarray(0, 2)).toEqual(Buffer.from([0x04, 0x17])); // "З" is U+0417
    expect(ucs2(parts[0]!.payload)).toBe(text);
  });

  it('splits a long Russian text into 67-character parts with a concatenation header', () => {
    const text = 'Ж'.repeat(67 * 2 + 10);
    const parts = splitSms(text, 0xab);
    expect(parts.map((p) => p.payload.subarray(0, 6))).toEqual([
      Buffer.from([0x05, 0x00, 0x03, 0xab, 3, 1]),
      Buffer.from([0x05, 0x00, 0x03, 0xab, 3, 2]),
      Buffer.from([0x05, 0x00, 0x03, 0xab, 3, 3]),
    ]);
    expect(parts.every((p) => p.esmClass === 0x40 && p.dataCoding === 8)).toBe(true);
    expect(parts.map((p) => ucs2(p.payload.subarray(6)).length)).toEqual([67, 67, 10]);
    expect(parts.map((p) => ucs2(p.payload.subarray(6))).join('')).toBe(text);
  });

  it('splits a long GSM text into 153-septet parts and never cuts an escape pair', () => {
    const text = `${'a'.repeat(152)}€${'b'.repeat(10)}`; // € costs two septets
    const parts = splitSms(text, 1);
    expect(parts).toHaveLength(2);
    expect(parts[0]!.payload.length).toBe(6 + 152);
    expect(decodeGsm7(parts[1]!.payload.subarray(6))).toBe(`€${'b'.repeat(10)}`);
  });

  it('counts a text of exactly 161 septets as two parts', () => {
    expect(splitSms('x'.repeat(159) + '€', 1)).toHaveLength(2);
  });

  it('keeps surrogate pairs whole', () => {
    const parts = splitSms(`${'ж'.repeat(66)}😀tail`, 1);
    expect(ucs2(parts[0]!.payload.subarray(6))).toBe('ж'.repeat(66));
    expect(ucs2(parts[1]!.payload.subarray(6))).toBe('😀tail');
  });

  it('refuses a text that would need more than 255 parts', () => {
    expect(() => splitSms('ж'.repeat(67 * 256), 1)).toThrow(/256 SMS parts/);
  });

  it('derives the same reference from the same outbox id', () => {
    expect(referenceFor('outbox-1')).toBe(referenceFor('outbox-1'));
    expect(new Set(Array.from({ length: 50 }, (_, i) => referenceFor(`outbox-${i}`))).size).toBeGreaterThan(30);
  });
});
