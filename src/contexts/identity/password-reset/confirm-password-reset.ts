import type { AppDeps } from '../../../server/deps.ts';
import { badRequest } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { checkPassword } from '../clients/client-rules.ts';
import { hashPassword } from '../crypto/password-hash.ts';
import { loginKey } from '../rules/login-throttle.ts';
import { deleteSessionsOfUser } from '../sessions/sessions-repository.ts';
import { clearFailures } from '../sessions/throttle-repository.ts';
import { findUserById, updateUser } from '../users-repository.ts';
import { findUsableResetToken, useResetTokens } from './reset-tokens-repository.ts';

const tokenInvalid = () =>
  badRequest('reset_token_invalid', 'token is not valid: it is wrong, used or expired. Ask for a new link.', { field: 'body.token' });

/** Sets a new password with a reset link's token (once); every session of the account ends. */
export async function confirmPasswordReset(
  deps: AppDeps,
  input: { token: string; password: string },
  meta: { requestId?: string } = {},
): Promise<void> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const found = await findUsableResetToken(db, input.token, now);
  const user = found ? await findUserById(db, found.userId) : null;
  if (!found || !user || user.disabledAt) throw tokenInvalid();
  checkPassword(input.password, { login: user.login, email: user.email });
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    if (!(await useResetTokens(tx, found.id, user.id, now))) throw tokenInvalid();
    await updateUser(tx, user.id, { passwordHash, updatedAt: now });
    const ended = await deleteSessionsOfUser(tx, user.id);
    for (const typed of [user.login, user.email]) if (typed) await clearFailures(tx, loginKey(typed));
    await recordAudit(tx, {
      actor: { id: user.id, kind: user.kind }, action: 'user.password_reset', entity: 'user', entityId: user.id,
      after: { sessionsEnded: ended }, requestId: meta.requestId ?? null,
    });
  });
}
