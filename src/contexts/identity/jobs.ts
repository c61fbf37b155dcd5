import type { Job } from '../../server/jobs.ts';
import { deleteOldResetTokens } from './password-reset/reset-tokens-repository.ts';
import { deleteExpiredSessions } from './sessions/sessions-repository.ts';
import { forgetOldFailures } from './sessions/throttle-repository.ts';

/** Removes expired sessions, forgotten login failures and old reset tokens (they already grant nothing). */
export const identityCleanupJob: Job = {
  name: 'identity.cleanup',
  intervalMs: 10 * 60_000,
  async run(deps) {
    const now = deps.clock.now();
    const { db } = deps.database;
    return (await deleteExpiredSessions(db, now)) + (await forgetOldFailures(db, now)) + (await deleteOldResetTokens(db, now));
  },
};
