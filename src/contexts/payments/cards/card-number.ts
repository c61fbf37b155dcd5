import { badRequest } from '../../../shared/errors.ts';

// Card numbers as people type them: digits, maybe in groups. Pure, so it is unit-tested.

/** Luhn (ISO/IEC 7812): catches a mistyped digit and most swapped neighbours. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * The digits of a card number (spaces and dashes ignored): 12 to 19 of them, Luhn-valid;
 * otherwise 400 'card_number_invalid' naming the field. The message never repeats the number.
 */
export function normalizeCardNumber(input: string, field = 'body.cardNumber'): string {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^[0-9]{12,19}$/.test(digits)) {
    throw badRequest('card_number_invalid', 'A card number is 12 to 19 digits.', { field });
  }
  if (!passesLuhn(digits)) {
    throw badRequest('card_number_invalid', 'This card number has a typo: its check digit does not match.', { field });
  }
  return digits;
}

export const lastFour = (digits: string): string => digits.slice(-4);

/** How a card is shown: only its last four digits. */
export const maskedCard = (last4: string): string => `•••• ${last4}`;
