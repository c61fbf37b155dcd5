import { type Decimal, decimalFromInteger, productOf, multiplyDecimals, roundToInteger } from './decimal.ts';
import { badRequest, unprocessable } from './errors.ts';

/** ISO 4217 code; the platform sells in RUB today, the type leaves room for more. */
export type CurrencyCode = string;

/** Money is whole minor units (kopecks) as a safe integer, never a float. */
export type Money = { readonly amountMinor: number; readonly currency: CurrencyCode };

const CURRENCY = /^[A-Z]{3}$/;

export function assertCurrency(currency: string): CurrencyCode {
  if (!CURRENCY.test(currency)) throw badRequest('currency_invalid', `"${currency}" is not an ISO 4217 code`);
  return currency;
}

/** Guards every amount that enters or leaves money arithmetic. */
export function assertMinorUnits(value: number, what = 'amount'): number {
  if (!Number.isSafeInteger(value)) {
    throw unprocessable('amount_invalid', `${what} must be a whole number of minor units, got ${value}`);
  }
  return value;
}

/** Converts an exact BigInt result back to a number, refusing what a number cannot hold exactly. */
export function minorFromBigInt(value: bigint, what = 'amount'): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw unprocessable('amount_too_large', `${what} of ${value} minor units is beyond what can be stored exactly`);
  }
  return Number(value);
}

export function money(amountMinor: number, currency: CurrencyCode): Money {
  return { amountMinor: assertMinorUnits(amountMinor), currency: assertCurrency(currency) };
}

/** The exact product amount x coefficients, before the one rounding (kept for receipts). */
export function exactScaledMinor(amountMinor: number, coefficients: readonly Decimal[]): Decimal {
  return multiplyDecimals(decimalFromInteger(assertMinorUnits(amountMinor)), productOf(coefficients));
}

/** amount x every coefficient, computed exactly and rounded once, half away from zero. */
export function scaleMinor(amountMinor: number, coefficients: readonly Decimal[]): number {
  return minorFromBigInt(roundToInteger(exactScaledMinor(amountMinor, coefficients)));
}

/** amount x a whole quantity, exactly (no rounding is ever needed). */
export function multiplyMinor(amountMinor: number, quantity: number): number {
  return minorFromBigInt(BigInt(assertMinorUnits(amountMinor)) * BigInt(assertMinorUnits(quantity, 'quantity')));
}

/** The exact sum; each term is already a whole minor unit, so the sum is never re-rounded. */
export function sumMinor(amounts: readonly number[]): number {
  let total = 0n;
  for (const amount of amounts) total += BigInt(assertMinorUnits(amount));
  return minorFromBigInt(total, 'total');
}

export function assertSameCurrency(expected: CurrencyCode, actual: CurrencyCode, field?: string): void {
  if (expected !== actual) {
    throw unprocessable('currency_mismatch', `cannot combine ${expected} with ${actual}`, field ? { field } : {});
  }
}

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a.currency, b.currency);
  return { amountMinor: sumMinor([a.amountMinor, b.amountMinor]), currency: a.currency };
}

/** The sum of several amounts in one currency; an empty list is zero of `currency`. */
export function sumMoney(items: readonly Money[], currency: CurrencyCode): Money {
  for (const item of items) assertSameCurrency(currency, item.currency);
  return { amountMinor: sumMinor(items.map((item) => item.amountMinor)), currency };
}
