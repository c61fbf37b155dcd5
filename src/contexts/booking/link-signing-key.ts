import { hkdfSync, randomBytes } from 'node:crypto';
import { decodeKey, type Config } from '../../server/config.ts';

export interface LinkSigningKey {
  key: Buffer;
  /** Where it came from, for the start-up log: a generated key dies with the process. */
  origin: 'environment' | 'derived' | 'generated';
}

// One generated key per process: every app built in it (tests build several) agrees.
let generated: Buffer | null = null;

/** The key that signs confirmation links (see LINK_SIGNING_KEY in config.ts). */
export function linkSigningKey(config: Pick<Config, 'LINK_SIGNING_KEY' | 'PII_ENCRYPTION_KEY'>): LinkSigningKey {
  if (config.LINK_SIGNING_KEY) return { key: Buffer.from(config.LINK_SIGNING_KEY, 'utf8'), origin: 'environment' };
  const pii = config.PII_ENCRYPTION_KEY ? decodeKey(config.PII_ENCRYPTION_KEY) : null;
  if (pii) {
    // A separate key for a separate purpose: HKDF, so a signed link tells nothing about the PII key.
    return { key: Buffer.from(hkdfSync('sha256', pii, Buffer.alloc(0), 'ticketing/link-signing/1', 32)), origin: 'derived' };
  }
  generated ??= randomBytes(32);
  return { key: generated, origin: 'generated' };
}
