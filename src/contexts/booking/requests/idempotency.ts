import { createHash } from 'node:crypto';
import type { Db } from '../../../server/db/types.ts';
import { badRequest, unprocessable } from '../../../shared/errors.ts';
import type { RequestView } from '../contracts.ts';
import { findRequestByKey } from '../request-repository.ts';
import { loadRequestView } from '../views/load-request-view.ts';

/** The key from the body or the Idempotency-Key header; both given must agree. */
export function idempotencyKeyOf(bodyKey: string | undefined, headerKey: string | undefined): string | undefined {
  if (bodyKey !== undefined && headerKey !== undefined && bodyKey !== headerKey) {
    throw badRequest('idempotency_key_mismatch', 'The Idempotency-Key header and the body name different keys.', { field: 'body.idempotencyKey' });
  }
  return bodyKey ?? headerKey;
}

/** A digest of what was asked, independent of the order of members in each object. */
export function fingerprintOf(lines: unknown): string {
  return createHash('sha256').update(canonical(lines)).digest('base64url');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The first result of a submission with this key, or null when there was none.
 * The same key with another body is 422 'idempotency_key_reused': a retry must be the same request.
 */
export async function replaySubmission(db: Db, clientId: string, key: string, fingerprint: string): Promise<RequestView | null> {
  const first = await findRequestByKey(db, clientId, key);
  if (!first) return null;
  if (first.idempotencyFingerprint !== fingerprint) {
    throw unprocessable('idempotency_key_reused', 'This idempotency key was used for a different request.', {
      field: 'body.idempotencyKey',
      extra: { bookingNumber: first.bookingNumber },
    });
  }
  return loadRequestView(db, first);
}
