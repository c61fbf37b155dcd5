import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { decodeKey, type Config } from '../../../server/config.ts';
import { subscriptionChannels, subscriptionTopics, type SubscriptionChannel, type SubscriptionTopic } from '../tables.ts';

export interface UnsubscribeClaim {
  clientId: string;
  topic: SubscriptionTopic;
  channel: SubscriptionChannel;
}

const PURPOSE = 'ticketing/unsubscribe/1';
let generated: Buffer | null = null;

/**
 * The key of unsubscribe links: from LINK_SIGNING_KEY (or, without it, PII_ENCRYPTION_KEY)
 * through HKDF with a purpose of its own, so no other signed link of the system can be
 * passed off as an unsubscribe token, nor the other way round.
 */
export function unsubscribeKey(config: Pick<Config, 'LINK_SIGNING_KEY' | 'PII_ENCRYPTION_KEY'>): Buffer {
  const secret = config.LINK_SIGNING_KEY
    ? Buffer.from(config.LINK_SIGNING_KEY, 'utf8')
    : config.PII_ENCRYPTION_KEY
      ? decodeKey(config.PII_ENCRYPTION_KEY)
      : null;
  // The embedded demo without either key: links work until the process restarts.
  if (!secret) return (generated ??= randomBytes(32));
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), PURPOSE, 32));
}

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest();

// No expiry: an unsubscribe link in a year-old newsletter must still work (and only
// ever takes messages away, so an old one does no harm).
export function signUnsubscribeToken(key: Buffer, claim: UnsubscribeClaim): string {
  const payload = `${claim.clientId}.${claim.topic}.${claim.channel}`;
  return `${Buffer.from(payload).toString('base64url')}.${mac(key, payload).toString('base64url')}`;
}

/** The claim of a token signed with this key; null for anything forged, cut or malformed. */
export function verifyUnsubscribeToken(key: Buffer, token: string): UnsubscribeClaim | null {
  const [encoded, signature, extra] = token.split('.');
  if (!encoded || !signature || extra !== undefined) return null;
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = mac(key, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [clientId, topic, channel] = payload.split('.');
  const knownTopic = subscriptionTopics.find((t) => t === topic);
  const knownChannel = subscriptionChannels.find((c) => c === channel);
  if (!clientId || !knownTopic || !knownChannel) return null;
  return { clientId, topic: knownTopic, channel: knownChannel };
}

/** The absolute link a broadcast carries; opening it opts the client out of that topic on that channel. */
export function unsubscribeUrl(config: Config, claim: UnsubscribeClaim): string {
  const url = new URL('/api/subscriptions/unsubscribe', config.PUBLIC_BASE_URL);
  url.searchParams.set('token', signUnsubscribeToken(unsubscribeKey(config), claim));
  return url.toString();
}
