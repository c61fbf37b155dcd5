import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Encrypts personal data at rest (AES-256-GCM); a tampered or foreign ciphertext fails to decrypt. */
export interface PiiCipher {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
}

// "v1:" leaves room for a key rotation: a later version can name another key.
const version = 'v1';

export function createPiiCipher(key: Buffer): PiiCipher {
  if (key.length !== 32) throw new Error('the PII key must be 32 bytes');
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${version}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(sealed) {
      const [tag, payload] = sealed.split(':');
      if (tag !== version || !payload) throw new Error('unknown PII ciphertext format');
      const bytes = Buffer.from(payload, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
