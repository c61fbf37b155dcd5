import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { tokenHash } from '../crypto/secret-token.ts';
import { passwordResetTokens } from '../tables.ts';

export async function insertResetToken(db: Db, values: { token: string; userId: string; now: Date; expiresAt: Date }): Promise<void> {
  await db.insert(passwordResetTokens).values({ tokenHash: tokenHash(values.token), userId: values.userId, createdAt: values.now, expiresAt: values.expiresAt });
}

export async function lastResetIssuedAt(db: Db, userId: string): Promise<Date | null> {
  const [row] = await db
    .select({ createdAt: passwordResetTokens.createdAt })
    .from(passwordResetTokens)
    .where(eq(passwordResetTokens.userId, userId))
    .orderBy(desc(passwordResetTokens.createdAt))
    .limit(1);
  return row?.createdAt ?? null;
}

export async function findUsableResetToken(db: Db, token: string, now: Date): Promise<{ id: string; userId: string } | null> {
  const [row] = await db
    .select({ id: passwordResetTokens.id, userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, tokenHash(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

/** Uses up every open token of the user; says whether the given one was still open (it is used once). */
export async function useResetTokens(db: Db, tokenId: string, userId: string, now: Date): Promise<boolean> {
  const used = await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)))
    .returning({ id: passwordResetTokens.id });
  return used.some((row) => row.id === tokenId);
}

export async function deleteOldResetTokens(db: Db, now: Date): Promise<number> {
  const deleted = await db
    .delete(passwordResetTokens)
    .where(sql`${passwordResetTokens.expiresAt} < ${new Date(now.getTime() - 86_400_000).toISOString()}::timestamptz`)
    .returning({ id: passwordResetTokens.id });
  return deleted.length;
}
