import { randomBytes } from 'node:crypto';

/*
 * A booking number is what a client reads out at the box office or types in a form:
 * 6 random characters and 1 check character, e.g. `K7M2QXH`. The alphabet leaves out
 * 0/O, 1/I/L, so nothing is ambiguous on paper or over the phone, and has 31 characters,
 * a prime, so a weighted sum modulo 31 catches every single wrong character and every
 * swap of two (adjacent or not): position i (from the right, the check character being
 * 1) weighs i, all weights differ and none is a multiple of 31. 31^6 ≈ 887 million
 * numbers; uniqueness is the caller's (a unique index, retry on collision).
 */

export const bookingNumberAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BASE = bookingNumberAlphabet.length; // 31
const DATA_LENGTH = 6;
export const bookingNumberLength = DATA_LENGTH + 1;

const valueOf = new Map([...bookingNumberAlphabet].map((char, value) => [char, value]));

/** The check character that makes sum(weight x value) ≡ 0 (mod 31) for these data characters. */
export function checkCharacter(data: string): string {
  let sum = 0;
  for (const [index, char] of [...data].entries()) {
    const value = valueOf.get(char);
    if (value === undefined) throw new Error(`"${char}" is not a booking number character`);
    sum += value * (data.length + 1 - index);
  }
  return bookingNumberAlphabet[(BASE - (sum % BASE)) % BASE] as string;
}

/** A fresh random booking number (crypto random, no modulo bias). */
export function generateBookingNumber(): string {
  let data = '';
  while (data.length < DATA_LENGTH) {
    for (const byte of randomBytes(DATA_LENGTH * 2)) {
      // 248 = 8 x 31: bytes above it would favour the first characters.
      if (byte < 248 && data.length < DATA_LENGTH) data += bookingNumberAlphabet[byte % BASE];
    }
  }
  return data + checkCharacter(data);
}

/** Whether `value` is a booking number exactly as issued (normalise what people type first). */
export function isValidBookingNumber(value: string): boolean {
  if (value.length !== bookingNumberLength) return false;
  if (![...value].every((char) => valueOf.has(char))) return false;
  return checkCharacter(value.slice(0, DATA_LENGTH)) === value.slice(DATA_LENGTH);
}

// Cyrillic letters that look like Latin ones (a Russian keyboard layout types them),
// and З that looks like 3. Upper case, since input is upper-cased first.
const lookAlikes: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', З: '3', Ё: 'E',
};

/**
 * What a person typed, as a booking number would be written: full-width and Cyrillic
 * look-alikes mapped to Latin, upper case, spaces and dashes removed. The result may
 * still be invalid; check it with isValidBookingNumber.
 */
export function normaliseBookingNumber(input: string): string {
  return [...input.normalize('NFKC').toUpperCase()]
    .filter((char) => !/[\s\-‐‑‒–—−_.]/u.test(char))
    .map((char) => lookAlikes[char] ?? char)
    .join('');
}

/** The booking number in what a person typed, or null when it cannot be one. */
export function parseBookingNumber(input: string): string | null {
  const number = normaliseBookingNumber(input);
  return isValidBookingNumber(number) ? number : null;
}
