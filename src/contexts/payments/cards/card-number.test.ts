import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/errors.ts';
import { lastFour, maskedCard, normalizeCardNumber, passesLuhn } from './card-number.ts';

function refusal(input: string) {
  try {
    normalizeCardNumber(input);
  } catch (error) {
    if (isAppError(error)) return { code: error.code, status: error.status, field: error.field, message: error.message };
    throw error;
  }
  return null;
}

describe('card numbers', () => {
  it('accepts Luhn-valid numbers of 12 to 19 digits, typed with spaces or dashes', () => {
    expect(normalizeCardNumber('4111 1111 1111 1111')).toBe('4111111111111111');
    expect(normalizeCardNumber('5500-0000-0000-0004')).toBe('5500000000000004');
    expect(normalizeCardNumber('2200 0000 0000 0004')).toBe('2200000000000004');
    expect(normalizeCardNumber('378282246310005')).toBe('378282246310005');
  });

  it('refuses a mistyped digit and two swapped neighbours, naming the field', () => {
    expect(refusal('4111 1111 1111 1112')).toMatchObject({ code: 'card_number_invalid', status: 400, field: 'body.cardNumber' });
    expect(passesLuhn('4111111111111121')).toBe(false);
  });

  it('refuses what is not a card number, without repeating it', () => {
    for (const input of ['', '1234', '4111 1111 1111 111a', '4'.repeat(20)]) {
      const problem = refusal(input);
      expect(problem?.code).toBe('card_number_invalid');
      expect(problem?.message).not.toContain('4111');
    }
  });

  it('shows only the last four digits', () => {
    expect(lastFour('4111111111111111')).toBe('1111');
    expect(maskedCard('1111')).toBe('•••• 1111');
  });
});
