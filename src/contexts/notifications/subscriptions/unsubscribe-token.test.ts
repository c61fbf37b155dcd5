import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { signUnsubscribeToken, unsubscribeKey, unsubscribeUrl, verifyUnsubscribeToken } from './unsubscribe-token.ts';

const claim = { clientId: '11111111-1111-4111-8111-111111111111', topic: 'sales_start', channel: 'sms' } as const;
const key = unsubscribeKey({ LINK_SIGNING_KEY: 'k'.repeat(40), PII_ENCRYPTION_KEY: undefined });

describe('unsubscribe tokens', () => {
  it('carry the client, the topic and the channel', () => {
    expect(verifyUnsubscribeToken(key, signUnsubscribeToken(key, claim))).toEqual(claim);
  });

  it('refuse any change, another key, and garbage', () => {
    const token = signUnsubscribeToken(key, claim);
    const [payload, signature] = token.split('.') as [string, string];
    const otherPayload = Buffer.from(`${claim.clientId}.news.sms`).toString('base64url');
    expect(verifyUnsubscribeToken(key, `${otherPayload}.${signature}`)).toBeNull();
    expect(verifyUnsubscribeToken(key, `${payload}.${signature.slice(0, -2)}`)).toBeNull();
    expect(verifyUnsubscribeToken(unsubscribeKey({ LINK_SIGNING_KEY: 'x'.repeat(40), PII_ENCRYPTION_KEY: undefined }), token)).toBeNull();
    for (const junk of ['', '.', 'abc', `${token}.x`]) expect(verifyUnsubscribeToken(key, junk)).toBeNull();
  });

  it('use a key of their own, not the link signing key itself', () => {
    expect(key.equals(Buffer.from('k'.repeat(40)))).toBe(false);
  });

  it('make an absolute link on the public address', () => {
    const url = new URL(unsubscribeUrl(loadConfig({ PUBLIC_BASE_URL: 'https://tickets.example', LINK_SIGNING_KEY: 'k'.repeat(40) }), claim));
    expect(url.origin + url.pathname).toBe('https://tickets.example/api/subscriptions/unsubscribe');
    expect(verifyUnsubscribeToken(key, url.searchParams.get('token')!)).toEqual(claim);
  });
});
