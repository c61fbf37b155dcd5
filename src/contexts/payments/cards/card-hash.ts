import { createHmac } from 'node:crypto';
import type { Config } from '../../../server/config.ts';
import { deriveSecretKey } from '../../identity/index.ts';

/**
 * What a card number is stored and found by: an HMAC-SHA256 under a server key, since a
 * plain hash of a 16-digit Luhn number is quickly reversed by trying them all. The key is
 * derived from the personal-data key: lose that, and cards must be linked again.
 */
export function cardNumberHash(config: Pick<Config, 'PII_ENCRYPTION_KEY' | 'DATA_DIR' | 'DATABASE_URL'>, digits: string): string {
  return createHmac('sha256', deriveSecretKey(config, 'card-number-hash')).update(digits).digest('base64url');
}
