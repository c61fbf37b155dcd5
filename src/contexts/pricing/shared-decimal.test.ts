import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDecimals,
  compareDecimals,
  formatDecimal,
  normalizeDecimal,
  parseDecimal,
  productOf,
  roundDecimal,
  roundToInteger,
} from '../../shared/decimal.ts';
import { AppError } from '../../shared/errors.ts';

// Unit tests of src/shared/decimal.ts, kept here so `vitest run src/contexts/pricing` covers them.
const round = (text: string) => roundToInteger(parseDecimal(text));

describe('decimal', () => {
  it.each([
    ['1.25', 125n, 2],
    ['0.8', 8n, 1],
    ['1.0000', 10000n, 4],
    ['-0.5', -5n, 1],
    ['+3', 3n, 0],
    ['007.10', 710n, 2],
  ])('parses %s exactly', (text, units, scale) => {
    expect(parseDecimal(text)).toEqual({ units, scale });
  });

  it.each(['', '1e3', '1.', '.5', '1,5', 'NaN', '0x10', '1.2.3'])('refuses %j', (text) => {
    expect(() => parseDecimal(text)).toThrow(AppError);
  });

  it.each([
    ['2.5', 3n],
    ['-2.5', -3n],
    ['2.4999', 2n],
    ['-2.4999', -2n],
    ['0.5', 1n],
    ['-0.5', -1n],
    ['1.5', 2n],
    ['-1.5', -2n],
    ['0.4999999999', 0n],
    ['-0.0001', 0n],
    ['37440.0000', 37440n],
  ])('rounds %s half away from zero to %s', (text, expected) => {
    expect(round(text)).toBe(expected);
  });

  it('rounds to a scale half away from zero', () => {
    expect(formatDecimal(roundDecimal(parseDecimal('1.005'), 2))).toBe('1.01');
    expect(formatDecimal(roundDecimal(parseDecimal('-1.005'), 2))).toBe('-1.01');
    expect(formatDecimal(roundDecimal(parseDecimal('1.0049'), 2))).toBe('1.00');
  });

  it('multiplies without a float: 0.1 x 0.2 x 3 is exactly 0.06', () => {
    const product = productOf(['0.1', '0.2', '3'].map(parseDecimal));
    expect(formatDecimal(normalizeDecimal(product))).toBe('0.06');
    expect(compareDecimals(product, parseDecimal('0.06'))).toBe(0);
  });

  it('adds across scales and compares', () => {
    expect(formatDecimal(addDecimals(parseDecimal('0.1'), parseDecimal('0.25')))).toBe('0.35');
    expect(compareDecimals(parseDecimal('1.5000'), parseDecimal('1.5'))).toBe(0);
    expect(compareDecimals(parseDecimal('-0.01'), parseDecimal('0'))).toBe(-1);
  });

  it('formats small and negative values', () => {
    expect(formatDecimal(parseDecimal('0.05'))).toBe('0.05');
    expect(formatDecimal(parseDecimal('-0.05'))).toBe('-0.05');
    expect(formatDecimal(normalizeDecimal(parseDecimal('1.2500')))).toBe('1.25');
  });

  it('rounds like a rational computed independently (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 12 }), (units, scale) => {
        const den = 10n ** BigInt(scale);
        const magnitude = units < 0n ? -units : units;
        const nearest = (2n * magnitude + den) / (2n * den); // floor(|x| + 1/2)
        const expected = units < 0n ? -nearest : nearest;
        expect(roundToInteger({ units, scale })).toBe(expected);
      }),
    );
  });

  it('prints what it parses (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }), (units, scale) => {
        const value = { units, scale };
        expect(parseDecimal(formatDecimal(value))).toEqual(value);
      }),
    );
  });
});
