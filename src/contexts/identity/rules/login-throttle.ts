/**
 * How failed logins slow down guessing. Failures are counted per login as typed (so a
 * login that does not exist is slowed down the same way: nothing is revealed) and per
 * address (higher limit: many people may share one behind NAT). Past the free
 * failures each further failure blocks for twice as long as the one before.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

export const loginPolicy: ThrottlePolicy = { freeFailures: 5, baseDelaySeconds: 30, maxDelaySeconds: 3600 };
export const addressPolicy: ThrottlePolicy = { freeFailures: 20, baseDelaySeconds: 30, maxDelaySeconds: 3600 };

/** Failures older than this are forgotten: the count starts again. */
export const forgetFailuresAfterMs = 24 * 60 * 60 * 1000;

/** Seconds to block after the `failures`-th failure in a row; 0 while it is still free. */
export function blockSecondsAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(policy.baseDelaySeconds * 2 ** doublings, policy.maxDelaySeconds);
}

export const loginKey = (login: string): string => `login:${login.trim().toLowerCase()}`;
export const addressKey = (ip: string): string => `ip:${ip}`;
