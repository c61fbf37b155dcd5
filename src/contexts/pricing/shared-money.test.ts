import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../shared/decimal.ts';
import { AppError } from '../../shared/errors.ts';
import { addMoney, money, multiplyMinor, scaleMinor, sumMinor, sumMoney } from '../../shared/money.ts';

// Unit tests of src/shared/money.ts, kept here so `vitest run src/contexts/pricing` covers them.
const coefficients = (...values: string[]) => values.map(parseDecimal);

describe('money', () => {
  it.each([
    [1, ['0.5'], 1],
    [3, ['0.5'], 2],
    [5, ['0.5'], 3],
    [-1, ['0.5'], -1],
    [-3, ['0.5'], -2],
    [40_000, ['1.5000', '1.3000', '1.0000', '1.2000'], 93_600],
    [33_333, ['0.3333'], 11_110], // 11 109.8889
    [1, ['0.4999'], 0],
  ])('%i kopecks x %j rounds once, half away from zero, to %i', (amount, values, expected) => {
    expect(scaleMinor(amount, coefficients(...values))).toBe(expected);
  });

  it('rounds once, not per coefficient: 1 kopeck x 0.5 x 0.5 x 4 is 1, where rounding each step gives 4', () => {
    expect(scaleMinor(1, coefficients('0.5', '0.5', '4'))).toBe(1);
  });

  it('multiplies and sums whole kopecks exactly', () => {
    expect(multiplyMinor(93_600, 4)).toBe(374_400);
    expect(sumMinor([374_400, 350_000, 1])).toBe(724_401);
    expect(sumMinor([])).toBe(0);
  });

  it('refuses fractions of a kopeck and amounts beyond a safe integer', () => {
    expect(() => money(10.5, 'RUB')).toThrow(AppError);
    expect(() => multiplyMinor(Number.MAX_SAFE_INTEGER, 2)).toThrowError(/beyond/);
    expect(() => sumMinor([Number.MAX_SAFE_INTEGER, 1])).toThrow(AppError);
  });

  it('never mixes currencies', () => {
    expect(addMoney(money(100, 'RUB'), money(250, 'RUB'))).toEqual({ amountMinor: 350, currency: 'RUB' });
    expect(sumMoney([], 'RUB')).toEqual({ amountMinor: 0, currency: 'RUB' });
    expect(() => addMoney(money(100, 'RUB'), money(100, 'EUR'))).toThrowError(expect.objectContaining({ code: 'currency_mismatch' }));
    expect(() => money(1, 'rub')).toThrowError(expect.objectContaining({ code: 'currency_invalid' }));
  });
});
