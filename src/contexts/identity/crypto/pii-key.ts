import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeKey, type Config } from '../../../server/config.ts';
import { createPiiCipher, type PiiCipher } from './pii-cipher.ts';

export interface PiiKeySource {
  cipher: PiiCipher;
  /** Where the key came from, for the start-up log line. */
  origin: 'environment' | 'data-dir' | 'generated';
  path: string | null;
}

const cache = new Map<string, PiiKeySource>();

/**
 * The cipher for personal data. The key comes from PII_ENCRYPTION_KEY; without it (allowed
 * only on the embedded database, config refuses DATABASE_URL without a key) it is read from
 * DATA_DIR/secret.key, which the first start creates, so the demo runs with no set-up.
 */
export function piiKeySource(config: Pick<Config, 'PII_ENCRYPTION_KEY' | 'DATA_DIR' | 'DATABASE_URL'>): PiiKeySource {
  const cacheKey = config.PII_ENCRYPTION_KEY ?? `file:${resolve(config.DATA_DIR)}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const source = config.PII_ENCRYPTION_KEY ? fromEnvironment(config.PII_ENCRYPTION_KEY) : fromDataDir(config);
  cache.set(cacheKey, source);
  return source;
}

export const piiCipher = (config: Pick<Config, 'PII_ENCRYPTION_KEY' | 'DATA_DIR' | 'DATABASE_URL'>): PiiCipher => piiKeySource(config).cipher;

function fromEnvironment(value: string): PiiKeySource {
  const key = decodeKey(value);
  if (!key) throw new Error('PII_ENCRYPTION_KEY must be 32 bytes as 64 hex digits or base64');
  return { cipher: createPiiCipher(key), origin: 'environment', path: null };
}

function fromDataDir(config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>): PiiKeySource {
  if (config.DATABASE_URL) throw new Error('PII_ENCRYPTION_KEY is required with DATABASE_URL');
  const dir = resolve(config.DATA_DIR);
  const path = join(dir, 'secret.key');
  mkdirSync(dir, { recursive: true });
  try {
    // 'wx': never overwrite a key that exists, even if another start wrote it a moment ago.
    writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    return { cipher: createPiiCipher(readKeyFile(path)), origin: 'generated', path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return { cipher: createPiiCipher(readKeyFile(path)), origin: 'data-dir', path };
}

function readKeyFile(path: string): Buffer {
  const key = decodeKey(readFileSync(path, 'utf8'));
  if (!key) throw new Error(`${path} does not hold a 32-byte key (64 hex digits or base64); restore it from a backup`);
  return key;
}
