import { describe, expect, it } from 'vitest';
import { judgeAttempt, retryDelayMs, type RetryPolicy } from './retry-policy.ts';

const policy: RetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 3_600_000, maxAttempts: 10 };
const now = new Date('2025-12-01T10:00:00Z');

describe('retry policy', () => {
  it('waits 30 s after the first failure and twice as long after each further one, up to an hour', () => {
    expect([1, 2, 3, 4, 5, 8, 9, 20].map((n) => retryDelayMs(n, policy) / 1000)).toEqual([30, 60, 120, 240, 480, 3600, 3600, 3600]);
  });

  it('keeps a temporary failure for later, with the reason', () => {
    expect(judgeAttempt({ kind: 'retry', reason: 'smtp connection: ECONNREFUSED' }, 2, now, policy)).toEqual({
      status: 'pending', nextAttemptAt: new Date('2025-12-01T10:01:00Z'), lastError: 'smtp connection: ECONNREFUSED',
    });
  });

  it('gives up after the last attempt allowed, saying so', () => {
    expect(judgeAttempt({ kind: 'retry', reason: 'timeout' }, 10, now, policy)).toEqual({ status: 'failed', lastError: 'gave up after 10 attempts: timeout' });
  });

  it('never retries a permanent refusal', () => {
    expect(judgeAttempt({ kind: 'failed', reason: 'smtp RCPT TO: 550 No such user' }, 1, now, policy)).toEqual({ status: 'failed', lastError: 'smtp RCPT TO: 550 No such user' });
  });

  it('keeps the provider id of a delivered message', () => {
    expect(judgeAttempt({ kind: 'delivered', providerId: 'msg-1,msg-2' }, 1, now, policy)).toEqual({ status: 'delivered', providerId: 'msg-1,msg-2' });
    expect(judgeAttempt({ kind: 'delivered' }, 1, now, policy)).toEqual({ status: 'delivered', providerId: null });
  });
});
