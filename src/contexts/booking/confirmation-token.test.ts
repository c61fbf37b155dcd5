import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signConfirmationToken, verifyConfirmationToken } from './confirmation-token.ts';

const key = randomBytes(32);
const orderId = '0f8b6c1e-3a7d-4b2e-9c1a-5d6e7f8a9b0c';
const now = new Date('2026-06-01T10:00:00Z');
const later = new Date('2026-06-03T10:00:00Z');

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'accepted';
};

describe('the confirmation link token', () => {
  it('names the order it was made for until it expires', () => {
    const token = signConfirmationToken(key, orderId, later);
    expect(verifyConfirmationToken(key, token, now)).toEqual({ orderId });
    expect(verifyConfirmationToken(key, token, later)).toEqual({ orderId });
  });

  it('is refused after its expiry', () => {
    const token = signConfirmationToken(key, orderId, now);
    expect(codeOf(() => verifyConfirmationToken(key, token, later))).toBe('confirmation_link_expired');
  });

  it('is refused when any part is altered', () => {
    const token = signConfirmationToken(key, orderId, later);
    const [id, expires, signature] = token.split('.') as [string, string, string];
    const otherOrder = `${id.slice(0, -1)}${id.endsWith('c') ? 'd' : 'c'}`;
    const flipped = `${signature.slice(0, 5)}${signature[5] === 'A' ? 'B' : 'A'}${signature.slice(6)}`;
    for (const tampered of [
      `${otherOrder}.${expires}.${signature}`,
      `${id}.${Number(expires) + 3600}.${signature}`,
      `${id}.${expires}.${flipped}`,
      `${id}.${expires}`,
      `${token}.extra`,
      'not-a-token',
      '',
    ]) {
      expect(codeOf(() => verifyConfirmationToken(key, tampered, now))).toBe('confirmation_link_invalid');
    }
  });

  it('is refused when signed with another key', () => {
    const token = signConfirmationToken(randomBytes(32), orderId, later);
    expect(codeOf(() => verifyConfirmationToken(key, token, now))).toBe('confirmation_link_invalid');
  });
});
