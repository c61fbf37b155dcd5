import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config.ts';
import { piiKeySource } from './pii-key.ts';

describe('the personal data key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pii-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is required with DATABASE_URL, and the error names the variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/tickets' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/tickets' })).toThrow(/PII_ENCRYPTION_KEY: is required with DATABASE_URL/);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/tickets', PII_ENCRYPTION_KEY: 'ab'.repeat(32) }).PII_ENCRYPTION_KEY).toBe('ab'.repeat(32));
  });

  it('must be 32 bytes in hex or base64', () => {
    expect(() => loadConfig({ PII_ENCRYPTION_KEY: 'too-short' })).toThrow(/PII_ENCRYPTION_KEY/);
    expect(() => loadConfig({ PII_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64') })).not.toThrow();
  });

  it('is generated into DATA_DIR/secret.key on the embedded database, and read back on the next start', () => {
    const config = loadConfig({ DATA_DIR: join(dir, 'data') });
    const first = piiKeySource(config);
    expect(first.origin).toBe('generated');
    expect(existsSync(join(dir, 'data', 'secret.key'))).toBe(true);
    const sealed = first.cipher.encrypt('4512 345678');
    expect(readFileSync(join(dir, 'data', 'secret.key'), 'utf8')).not.toContain('4512');
    expect(piiKeySource(config).cipher.decrypt(sealed)).toBe('4512 345678');
  });
});
