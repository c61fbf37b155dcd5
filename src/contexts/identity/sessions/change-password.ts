import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { badRequest } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf } from '../audit-actor.ts';
import { checkPassword } from '../clients/client-rules.ts';
import { hashPassword, verifyPassword } from '../crypto/password-hash.ts';
import { findUserById, updateUser } from '../users-repository.ts';
import { deleteSessionsOfUser } from './sessions-repository.ts';

/** Changes one's own password, given the current one; every other session of the account ends. */
export async function changePassword(
  deps: AppDeps,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  meta: { requestId?: string } = {},
): Promise<void> {
  const user = await findUserById(deps.database.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw badRequest('current_password_wrong', 'currentPassword is not your current password.', { field: 'body.currentPassword' });
  }
  checkPassword(input.newPassword, { login: user.login, email: user.email }, 'body.newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash, updatedAt: now });
    const ended = await deleteSessionsOfUser(tx, user.id, actor.sessionId);
    await recordAudit(tx, {
      actor: auditActorOf(actor), action: 'user.password_changed', entity: 'user', entityId: user.id,
      after: { otherSessionsEnded: ended }, requestId: meta.requestId ?? null,
    });
  });
}
