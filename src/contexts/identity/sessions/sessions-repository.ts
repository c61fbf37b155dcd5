import { and, eq, ne, sql } from 'drizzle-orm';
import { queryPrepared } from '../../../server/db/prepared.ts';
import type { Db } from '../../../server/db/types.ts';
import { newSecretToken, tokenHash } from '../crypto/secret-token.ts';
import { sessions } from '../tables.ts';
import type { SessionPolicy } from './session-policy.ts';

export interface StartedSession {
  sessionId: string;
  /** Goes into the cookie only; the database keeps its hash. */
  token: string;
  csrfToken: string;
  absoluteExpiresAt: Date;
}

export async function insertSession(db: Db, userId: string, now: Date, policy: SessionPolicy): Promise<StartedSession> {
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  const absoluteExpiresAt = new Date(now.getTime() + policy.maxMs);
  const idleExpiresAt = new Date(Math.min(now.getTime() + policy.idleMs, absoluteExpiresAt.getTime()));
  const [row] = await db
    .insert(sessions)
    .values({ tokenHash: tokenHash(token), userId, csrfToken, createdAt: now, lastSeenAt: now, idleExpiresAt, absoluteExpiresAt })
    .returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned no row');
  return { sessionId: row.id, token, csrfToken, absoluteExpiresAt };
}

export async function deleteSessionByToken(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

export async function deleteSessionById(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user, but the one given (the caller's own, when it stays). */
export async function deleteSessionsOfUser(db: Db, userId: string, keepSessionId: string | null = null): Promise<number> {
  const where = keepSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)) : eq(sessions.userId, userId);
  const deleted = await db.delete(sessions).where(where).returning({ id: sessions.id });
  return deleted.length;
}

export interface SessionActorRow {
  session_id: string;
  csrf_token: string;
  user_id: string;
  kind: 'client' | 'staff';
  roles: string[];
  display_name: string;
  client_id: string | null;
  organization_id: string | null;
}

/**
 * The live session with this token and who it belongs to, in one indexed query; in the
 * same statement the idle expiry moves forward when it has not for a while.
 */
export async function findLiveSession(db: Db, token: string, now: Date, policy: SessionPolicy): Promise<SessionActorRow | null> {
  const at = now.toISOString();
  const idleUntil = new Date(now.getTime() + policy.idleMs).toISOString();
  const refreshBefore = new Date(now.getTime() + policy.idleMs - policy.refreshEveryMs).toISOString();
  // A named statement: it runs on every request, and planning it cost more than running it.
  const rows = await queryPrepared<SessionActorRow>(
    db,
    sql`with live as (
      select s.id as session_id, s.csrf_token, u.id as user_id, u.kind, u.roles, u.display_name,
             c.id as client_id, c.organization_id, s.idle_expires_at
      from sessions s
      join users u on u.id = s.user_id and u.disabled_at is null
      left join clients c on c.user_id = u.id
      where s.token_hash = ${tokenHash(token)}
        and s.idle_expires_at > ${at}::timestamptz and s.absolute_expires_at > ${at}::timestamptz
    ), touched as (
      update sessions set idle_expires_at = least(${idleUntil}::timestamptz, absolute_expires_at), last_seen_at = ${at}::timestamptz
      where id = (select session_id from live) and idle_expires_at < ${refreshBefore}::timestamptz
    )
    select session_id, csrf_token, user_id, kind, roles, display_name, client_id, organization_id from live`,
  );
  return rows[0] ?? null;
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const at = now.toISOString();
  const deleted = await db
    .delete(sessions)
    .where(sql`${sessions.idleExpiresAt} <= ${at}::timestamptz or ${sessions.absoluteExpiresAt} <= ${at}::timestamptz`)
    .returning({ id: sessions.id });
  return deleted.length;
}
