import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bookingNumberAlphabet,
  checkCharacter,
  generateBookingNumber,
  isValidBookingNumber,
  normaliseBookingNumber,
  parseBookingNumber,
} from './booking-number.ts';

const dataChars = fc.string({ unit: fc.constantFrom(...bookingNumberAlphabet), minLength: 6, maxLength: 6 });
const bookingNumber = dataChars.map((data) => data + checkCharacter(data));

describe('booking numbers', () => {
  it('uses 31 unambiguous characters: no 0, O, 1, I or L', () => {
    expect(bookingNumberAlphabet).toHaveLength(31);
    expect(new Set(bookingNumberAlphabet).size).toBe(31);
    for (const ambiguous of '0O1IL') expect(bookingNumberAlphabet).not.toContain(ambiguous);
  });

  it('generates 7 characters of that alphabet that pass their check', () => {
    for (let i = 0; i < 1000; i++) {
      const number = generateBookingNumber();
      expect(number).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{7}$/);
      expect(isValidBookingNumber(number)).toBe(true);
    }
  });

  it('spreads generated numbers over the whole alphabet, none repeating in a small sample', () => {
    const numbers = Array.from({ length: 5000 }, generateBookingNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    const firstChars = new Set(numbers.map((n) => n[0]));
    expect(firstChars.size).toBe(31);
  });

  it('detects every single wrong character', () => {
    fc.assert(
      fc.property(bookingNumber, (number) =>
        [...number].every((original, position) =>
          [...bookingNumberAlphabet].every(
            (char) => char === original || !isValidBookingNumber(number.slice(0, position) + char + number.slice(position + 1)),
          ),
        ),
      ),
      { numRuns: 300 },
    );
  });

  it('detects every swap of two adjacent characters', () => {
    fc.assert(
      fc.property(bookingNumber, (number) =>
        [...number.slice(1)].every((b, i) => {
          const a = number[i] as string;
          return a === b || !isValidBookingNumber(number.slice(0, i) + b + a + number.slice(i + 2));
        }),
      ),
      { numRuns: 300 },
    );
  });

  it('refuses wrong lengths, lower case and foreign characters', () => {
    const number = 'K7M2QX' + checkCharacter('K7M2QX');
    expect(isValidBookingNumber(number)).toBe(true);
    for (const bad of ['', number.slice(1), number + '2', number.toLowerCase(), 'O7M2QX' + number[6], 'K7M2QX0']) {
      expect(isValidBookingNumber(bad)).toBe(false);
    }
  });

  it('reads what people type: lower case, spaces, dashes, Cyrillic look-alikes, full-width', () => {
    const number = 'KAM2PX' + checkCharacter('KAM2PX');
    const check = number[6] as string;
    expect(normaliseBookingNumber(` kam-2px ${check.toLowerCase()} `)).toBe(number);
    expect(normaliseBookingNumber(`КАМ 2РХ${check}`)).toBe(number); // Cyrillic К, А, М, Р, Х
    expect(normaliseBookingNumber(`кам–2рх${check}`)).toBe(number); // lower-case Cyrillic, en dash
    expect(normaliseBookingNumber(`ＫＡＭ２ＰＸ${check}`)).toBe(number); // full-width
    expect(parseBookingNumber(`kam-2px-${check}`)).toBe(number);
    expect(parseBookingNumber('kam-2px-?')).toBeNull();
  });

  it('normalises any valid number to itself', () => {
    fc.assert(fc.property(bookingNumber, (number) => normaliseBookingNumber(number) === number && parseBookingNumber(number) === number));
  });
});
