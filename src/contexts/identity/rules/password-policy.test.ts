import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

describe('passwordProblem', () => {
  it('accepts a long uncommon password', () => {
    expect(passwordProblem('violet-harbour-42', { login: 'ivanov', email: 'ivanov@example.com' })).toBeNull();
  });

  it('refuses a short one', () => {
    expect(passwordProblem('abc12345')).toMatch(/at least 10/);
  });

  it('refuses a common one in any case', () => {
    expect(passwordProblem('Password123')).toMatch(/common/);
    expect(passwordProblem('QWERTYUIOP')).toMatch(/common/);
  });

  it('refuses one made of the same characters', () => {
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/repeats/);
  });

  it('refuses one containing the login or the email', () => {
    expect(passwordProblem('ivanov-2024!x', { login: 'Ivanov' })).toMatch(/login or email/);
    expect(passwordProblem('petrov.secret.9', { email: 'petrov@example.com' })).toMatch(/login or email/);
  });
});
