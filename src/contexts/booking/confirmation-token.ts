import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError, badRequest } from '../../shared/errors.ts';

// The link in the "confirm your order" message: the order id and an expiry, signed with
// the server's key (HMAC-SHA256), so the link itself is the proof and needs no login.
// Pure: the key and the time are passed in.

const PURPOSE = 'order-confirm/1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function sign(key: Buffer, orderId: string, expires: number): Buffer {
  return createHmac('sha256', key).update(`${PURPOSE}:${orderId}:${expires}`).digest();
}

/** A token that confirms this order until `expiresAt` (to the second). */
export function signConfirmationToken(key: Buffer, orderId: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${orderId}.${expires}.${sign(key, orderId, expires).toString('base64url')}`;
}

/**
 * The order a token confirms, if it was signed with `key` and has not expired:
 * 400 'confirmation_link_invalid' for anything altered, 410 'confirmation_link_expired' after its time.
 */
export function verifyConfirmationToken(key: Buffer, token: string, now: Date): { orderId: string } {
  const invalid = badRequest('confirmation_link_invalid', 'This confirmation link is not valid. Confirm the order in your account.', {
    field: 'query.token',
  });
  const [orderId = '', expiresText = '', signature = '', ...rest] = token.split('.');
  if (rest.length > 0 || !UUID.test(orderId) || !/^\d{1,12}$/.test(expiresText) || !/^[A-Za-z0-9_-]{43}$/.test(signature)) throw invalid;
  const expires = Number(expiresText);
  const expected = sign(key, orderId, expires);
  const given = Buffer.from(signature, 'base64url');
  // Compare in constant time, and only then look at the expiry, so timing tells nothing.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid;
  if (expires * 1000 < now.getTime()) {
    throw new AppError({
      code: 'confirmation_link_expired',
      status: 410,
      message: 'This confirmation link has expired.',
      field: 'query.token',
    });
  }
  return { orderId };
}
