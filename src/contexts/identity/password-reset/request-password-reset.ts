import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../../server/deps.ts';
import { enqueueNotification } from '../../notifications/index.ts';
import { newSecretToken } from '../crypto/secret-token.ts';
import { clients } from '../tables.ts';
import { findUserByLogin } from '../users-repository.ts';
import { insertResetToken, lastResetIssuedAt } from './reset-tokens-repository.ts';

export const resetTokenMinutes = 30;
// One link a minute per account at most, so the endpoint cannot be used to flood a mailbox.
const minIntervalMs = 60_000;

/**
 * Mails a one-time link to set a new password. Answers the same whether or not the
 * login exists, so it reveals no accounts; the message goes through the outbox.
 */
export async function requestPasswordReset(deps: AppDeps, login: string): Promise<void> {
  const { db } = deps.database;
  const user = await findUserByLogin(db, login);
  if (!user || user.disabledAt || !user.email) return;
  const now = deps.clock.now();
  await db.transaction(async (tx) => {
    const last = await lastResetIssuedAt(tx, user.id);
    if (last && now.getTime() - last.getTime() < minIntervalMs) return;
    const token = newSecretToken();
    await insertResetToken(tx, { token, userId: user.id, now, expiresAt: new Date(now.getTime() + resetTokenMinutes * 60_000) });
    const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.userId, user.id)).limit(1);
    const resetUrl = `${deps.config.PUBLIC_BASE_URL.replace(/\/+$/, '')}/password-reset?token=${encodeURIComponent(token)}`;
    await enqueueNotification(tx, {
      topic: 'password_reset',
      // Clients are reached by their channels; staff by the email of their account.
      clientId: client?.id ?? null,
      email: client ? null : user.email,
      data: { resetUrl, validMinutes: resetTokenMinutes, clientName: user.displayName },
    });
  });
}
