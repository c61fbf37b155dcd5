import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: session tokens, CSRF tokens, password reset tokens. */
export const newSecretToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a bearer token: its SHA-256, so a leaked table lets no one in. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
