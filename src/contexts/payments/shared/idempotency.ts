import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { unprocessable } from '../../../shared/errors.ts';
import { paymentIdempotencyKeys } from '../tables.ts';

export interface IdempotentCall {
  /** The user who sent the key: keys of different users never meet. */
  ownerId: string;
  key: string;
  /** What was asked (operation, target, body without the key): a reused key with another request is refused. */
  request: unknown;
  now: Date;
}

export interface IdempotentResult<T> {
  /** 201 the first time; 200 for a replay (nothing was made this time). */
  status: 201 | 200;
  body: T;
  replayed: boolean;
}

/**
 * Runs `work` once per key, in the caller's transaction: the key is claimed first, so a
 * concurrent retry waits on it and then gets the first result; a retry later gets it
 * from the table. A request that fails rolls back with its claim: nothing moved, and the
 * key may be used again. The same key with a different request is 422 'idempotency_key_reused'.
 */
export async function runIdempotent<T>(tx: Db, call: IdempotentCall, work: () => Promise<T>): Promise<IdempotentResult<T>> {
  const fingerprint = fingerprintOf(call.request);
  const claimed = await tx
    .insert(paymentIdempotencyKeys)
    .values({ ownerId: call.ownerId, key: call.key, fingerprint, createdAt: call.now })
    .onConflictDoNothing()
    .returning({ key: paymentIdempotencyKeys.key });
  if (claimed.length === 0) return replay<T>(tx, call, fingerprint);
  const body = await work();
  await tx
    .update(paymentIdempotencyKeys)
    .set({ statusCode: 201, response: body as object })
    .where(and(eq(paymentIdempotencyKeys.ownerId, call.ownerId), eq(paymentIdempotencyKeys.key, call.key)));
  return { status: 201, body, replayed: false };
}

async function replay<T>(tx: Db, call: IdempotentCall, fingerprint: string): Promise<IdempotentResult<T>> {
  const [first] = await tx
    .select()
    .from(paymentIdempotencyKeys)
    .where(and(eq(paymentIdempotencyKeys.ownerId, call.ownerId), eq(paymentIdempotencyKeys.key, call.key)));
  if (!first || first.response === null) throw new Error('an idempotency key was claimed but holds no result');
  if (first.fingerprint !== fingerprint) {
    throw unprocessable('idempotency_key_reused', 'This idempotency key was used for a different request.', { field: 'body.idempotencyKey' });
  }
  return { status: 200, body: first.response as T, replayed: true };
}

/** A digest of the request, independent of the order of members in its objects. */
export function fingerprintOf(request: unknown): string {
  return createHash('sha256').update(canonical(request)).digest('base64url');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
