import { commonPasswords } from './common-passwords.ts';

export const minPasswordLength = 10;
export const maxPasswordLength = 128;

/**
 * Why a password may not be used, or null when it may: at least 10 characters, not a
 * well-known one, not one character repeated, not the person's own login or email.
 */
export function passwordProblem(password: string, person: { login?: string | null; email?: string | null } = {}): string | null {
  if (password.length < minPasswordLength) return `must be at least ${minPasswordLength} characters`;
  if (password.length > maxPasswordLength) return `must be at most ${maxPasswordLength} characters`;
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return 'is one of the most common passwords; choose another';
  if (new Set(lower).size <= 2) return 'repeats the same characters; choose another';
  const own = [person.login, person.email, person.email?.split('@')[0]].filter((v): v is string => Boolean(v && v.length >= 3));
  if (own.some((value) => lower.includes(value.toLowerCase()))) return 'must not contain your login or email';
  return null;
}
