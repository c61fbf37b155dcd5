import { badRequest } from './errors.ts';

/**
 * An exact decimal: `units / 10^scale`. Coefficients arrive as text ("1.25",
 * "0.8000", DB numeric(10,4)) and are multiplied without ever becoming a float,
 * so a price is rounded once, at the very end, by the caller.
 * Products of decimals are decimals, so a scaled BigInt is exact for everything
 * pricing needs (multiply, add, compare, round); no division is offered on purpose.
 */
export type Decimal = { readonly units: bigint; readonly scale: number };

const DECIMAL_TEXT = /^([+-])?(\d+)(?:\.(\d+))?$/;

const powerOfTen = (scale: number): bigint => 10n ** BigInt(scale);

/** Parses "1.25", "-0.5", "3"; refuses exponents, blanks and anything a float would accept loosely. */
export function parseDecimal(text: string): Decimal {
  const match = DECIMAL_TEXT.exec(text.trim());
  if (!match) throw badRequest('decimal_invalid', `"${text}" is not a decimal number`);
  const [, sign, whole = '0', fraction = ''] = match;
  const units = BigInt(whole + fraction);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

export function decimalFromInteger(value: number | bigint): Decimal {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw badRequest('decimal_invalid', `${value} is not a safe integer`);
  }
  return { units: BigInt(value), scale: 0 };
}

export const ONE: Decimal = { units: 1n, scale: 0 };

export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** The exact product of any number of decimals (ONE for none). */
export function productOf(values: readonly Decimal[]): Decimal {
  return values.reduce(multiplyDecimals, ONE);
}

function alignScales(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * powerOfTen(scale - a.scale), b.units * powerOfTen(scale - b.scale), scale];
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = alignScales(a, b);
  return { units: x + y, scale };
}

export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = alignScales(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Rounds to `scale` digits, half away from zero (so -2.5 -> -3, 2.5 -> 3). */
export function roundDecimal(value: Decimal, scale = 0): Decimal {
  if (value.scale <= scale) return value;
  const divisor = powerOfTen(value.scale - scale);
  const quotient = value.units / divisor; // BigInt division truncates toward zero
  const remainder = value.units % divisor; // carries the sign of units
  const magnitude = remainder < 0n ? -remainder : remainder;
  const awayFromZero = magnitude * 2n >= divisor ? (value.units < 0n ? -1n : 1n) : 0n;
  return { units: quotient + awayFromZero, scale };
}

/** The whole number nearest to `value`, half away from zero. */
export function roundToInteger(value: Decimal): bigint {
  return roundDecimal(value, 0).units;
}

/** Drops trailing fractional zeros, so equal values print alike ("1.2500" -> "1.25"). */
export function normalizeDecimal(value: Decimal): Decimal {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

/** Plain decimal text, at the scale the value carries ("37440.0000", "-0.5"). */
export function formatDecimal(value: Decimal): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = value.scale > 0 ? `.${digits.slice(digits.length - value.scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}
