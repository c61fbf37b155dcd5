import type { DeliveryResult } from '../channels/channel.ts';

export interface RetryPolicy {
  /** The wait after the first failed attempt; it doubles after each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** After this many attempts a message is given up on, with the last reason. */
  maxAttempts: number;
}

// 30 s, 1 min, 2 min, ... capped at an hour: ten attempts span about four hours, long
// enough to ride out a provider's outage, short enough that "confirm by" still means something.
export const defaultRetryPolicy: RetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 60 * 60_000, maxAttempts: 10 };

export type AttemptVerdict =
  | { status: 'delivered'; providerId: string | null }
  | { status: 'pending'; nextAttemptAt: Date; lastError: string }
  | { status: 'failed'; lastError: string };

/** The wait before attempt number `attempts + 1`, after `attempts` failed ones. */
export function retryDelayMs(attempts: number, policy: RetryPolicy = defaultRetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

/** What an attempt's result makes of a delivery that has now had `attempts` attempts. Pure. */
export function judgeAttempt(result: DeliveryResult, attempts: number, now: Date, policy: RetryPolicy = defaultRetryPolicy): AttemptVerdict {
  switch (result.kind) {
    case 'delivered':
      return { status: 'delivered', providerId: result.providerId ?? null };
    case 'failed':
      return { status: 'failed', lastError: result.reason };
    case 'retry':
      if (attempts >= policy.maxAttempts) return { status: 'failed', lastError: `gave up after ${attempts} attempts: ${result.reason}` };
      return { status: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, policy)), lastError: result.reason };
  }
}
