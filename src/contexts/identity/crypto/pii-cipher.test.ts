import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPiiCipher } from './pii-cipher.ts';

describe('the personal data cipher', () => {
  const cipher = createPiiCipher(randomBytes(32));

  it('opens what it sealed, and seals the same text differently each time', () => {
    const sealed = cipher.encrypt('4512 345678');
    expect(sealed).not.toContain('345678');
    expect(cipher.decrypt(sealed)).toBe('4512 345678');
    expect(cipher.encrypt('4512 345678')).not.toBe(sealed);
  });

  it('refuses a tampered text and another key', () => {
    const sealed = cipher.encrypt('4512 345678');
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt(`v1:${bytes.toString('base64')}`)).toThrow();
    expect(() => createPiiCipher(randomBytes(32)).decrypt(sealed)).toThrow();
  });
});
