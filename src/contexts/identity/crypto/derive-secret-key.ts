import { hkdfSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { decodeKey, type Config } from '../../../server/config.ts';
import { piiKeySource } from './pii-key.ts';

const cache = new Map<string, Buffer>();

/**
 * A 32-byte key for another purpose (e.g. 'card-number-hash'), derived by HKDF from the
 * personal-data key: as stable as that key (PII_ENCRYPTION_KEY, or DATA_DIR/secret.key on
 * the embedded database), and telling nothing about it.
 */
export function deriveSecretKey(config: Pick<Config, 'PII_ENCRYPTION_KEY' | 'DATA_DIR' | 'DATABASE_URL'>, purpose: string): Buffer {
  // Resolving the source first makes DATA_DIR/secret.key on a first start, as the cipher would.
  const source = piiKeySource(config);
  const cacheKey = `${config.PII_ENCRYPTION_KEY ?? `file:${source.path ?? ''}`}|${purpose}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const raw = config.PII_ENCRYPTION_KEY ? decodeKey(config.PII_ENCRYPTION_KEY) : source.path ? decodeKey(readFileSync(source.path, 'utf8')) : null;
  if (!raw) throw new Error('there is no personal-data key to derive a key from');
  const key = Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), `ticketing/${purpose}/1`, 32));
  cache.set(cacheKey, key);
  return key;
}
