import { randomBytes } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * The code printed as a ticket's QR code and scanned at the entrance: 20 characters
 * of RFC 4648 base32 from 100 random bits, so nobody can guess a valid one.
 */
export function generateTicketCode(): string {
  const bytes = randomBytes(13);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && code.length < 20) {
      code += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return code;
}
