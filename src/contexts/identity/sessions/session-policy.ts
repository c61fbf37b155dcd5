import type { Config } from '../../../server/config.ts';

export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
  /** The idle expiry is pushed forward at most this often, so most requests only read. */
  refreshEveryMs: number;
}

export function sessionPolicy(config: Pick<Config, 'SESSION_IDLE_MINUTES' | 'SESSION_MAX_DAYS'>): SessionPolicy {
  const idleMs = config.SESSION_IDLE_MINUTES * 60_000;
  return { idleMs, maxMs: config.SESSION_MAX_DAYS * 86_400_000, refreshEveryMs: Math.min(idleMs / 10, 5 * 60_000) };
}
