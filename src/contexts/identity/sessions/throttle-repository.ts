import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { blockSecondsAfter, forgetFailuresAfterMs, type ThrottlePolicy } from '../rules/login-throttle.ts';
import { loginThrottles } from '../tables.ts';

/** Seconds until every one of these keys may try again; 0 when none is blocked. */
export async function secondsBlocked(db: Db, keys: string[], now: Date): Promise<number> {
  const rows = await db.select({ blockedUntil: loginThrottles.blockedUntil }).from(loginThrottles).where(inArray(loginThrottles.key, keys));
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Counts one failure against each key (atomically, so parallel guesses all count) and blocks past the free ones. */
export async function recordFailures(db: Db, entries: { key: string; policy: ThrottlePolicy }[], now: Date): Promise<void> {
  const forgetBefore = new Date(now.getTime() - forgetFailuresAfterMs);
  const counted = await db
    .insert(loginThrottles)
    .values(entries.map(({ key }) => ({ key, failures: 1, lastFailureAt: now })))
    .onConflictDoUpdate({
      target: loginThrottles.key,
      set: {
        failures: sql`case when ${loginThrottles.lastFailureAt} > ${forgetBefore.toISOString()}::timestamptz then ${loginThrottles.failures} + 1 else 1 end`,
        lastFailureAt: now,
      },
    })
    .returning({ key: loginThrottles.key, failures: loginThrottles.failures });
  for (const { key, failures } of counted) {
    const policy = entries.find((entry) => entry.key === key)?.policy;
    const seconds = policy ? blockSecondsAfter(failures, policy) : 0;
    if (seconds > 0) {
      await db
        .update(loginThrottles)
        .set({ blockedUntil: new Date(now.getTime() + seconds * 1000) })
        .where(eq(loginThrottles.key, key));
    }
  }
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.key, key));
}

export async function forgetOldFailures(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - forgetFailuresAfterMs).toISOString();
  const at = now.toISOString();
  const deleted = await db
    .delete(loginThrottles)
    .where(sql`${loginThrottles.lastFailureAt} < ${before}::timestamptz and coalesce(${loginThrottles.blockedUntil} < ${at}::timestamptz, true)`)
    .returning({ key: loginThrottles.key });
  return deleted.length;
}
