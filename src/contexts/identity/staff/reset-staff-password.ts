import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf } from '../audit-actor.ts';
import { checkPassword } from '../clients/client-rules.ts';
import { hashPassword } from '../crypto/password-hash.ts';
import { deleteSessionsOfUser } from '../sessions/sessions-repository.ts';
import { updateUser } from '../users-repository.ts';
import { findStaffUser } from './staff-repository.ts';
import { staffNotFound } from './update-staff-user.ts';

/** An admin sets a new password for a staff account (to hand over in person); its sessions end. */
export async function resetStaffPassword(
  deps: AppDeps,
  actor: Actor,
  userId: string,
  password: string,
  meta: { requestId?: string } = {},
): Promise<void> {
  const { db } = deps.database;
  const user = await findStaffUser(db, userId);
  if (!user) throw staffNotFound();
  checkPassword(password, { login: user.login, email: user.email });
  const passwordHash = await hashPassword(password);
  const now = deps.clock.now();
  await db.transaction(async (tx) => {
    await updateUser(tx, userId, { passwordHash, updatedAt: now });
    const ended = await deleteSessionsOfUser(tx, userId);
    await recordAudit(tx, {
      actor: auditActorOf(actor), action: 'staff.password_reset', entity: 'user', entityId: userId,
      after: { sessionsEnded: ended }, requestId: meta.requestId ?? null,
    });
  });
}
