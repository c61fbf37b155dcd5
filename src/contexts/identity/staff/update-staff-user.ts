import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { conflict, notFound } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf } from '../audit-actor.ts';
import { emailTaken } from '../clients/client-rules.ts';
import { deleteSessionsOfUser } from '../sessions/sessions-repository.ts';
import { mapUniqueViolation } from '../unique-violation.ts';
import { loginOrEmailTaken, updateUser } from '../users-repository.ts';
import type { StaffUser, UpdateStaffBody } from './staff-contracts.ts';
import { findStaffUser, otherActiveAdmins, toStaffUser } from './staff-repository.ts';

export const staffNotFound = () => notFound('staff_user_not_found', 'There is no such staff account.', { field: 'params.userId' });

/**
 * Changes a staff account's roles, name, email or enabled state; audited with before and
 * after. Disabling ends its sessions. The last enabled admin cannot be demoted or disabled.
 */
export async function updateStaffUser(
  deps: AppDeps,
  actor: Actor,
  userId: string,
  input: UpdateStaffBody,
  meta: { requestId?: string } = {},
): Promise<StaffUser> {
  const now = deps.clock.now();
  return mapUniqueViolation(
    () =>
      deps.database.db.transaction(async (tx) => {
        const user = await findStaffUser(tx, userId);
        if (!user) throw staffNotFound();
        const before = toStaffUser(user);
        const staysAdmin = (input.roles ?? before.roles).includes('admin') && !(input.disabled ?? before.disabled);
        if (before.roles.includes('admin') && !before.disabled && !staysAdmin && (await otherActiveAdmins(tx, userId)) === 0) {
          throw conflict('last_admin', 'This is the last enabled admin: make another admin first.', { field: input.disabled ? 'body.disabled' : 'body.roles' });
        }
        if (input.email && input.email !== user.email && (await loginOrEmailTaken(tx, input.email, user.id))) throw emailTaken();
        const updated = await updateUser(tx, userId, {
          displayName: input.displayName ?? user.displayName,
          email: input.email === undefined ? user.email : input.email,
          roles: input.roles ? [...new Set(input.roles)] : user.roles,
          disabledAt: input.disabled === undefined ? user.disabledAt : input.disabled ? (user.disabledAt ?? now) : null,
          updatedAt: now,
        });
        if (updated.disabledAt) await deleteSessionsOfUser(tx, userId);
        const after = toStaffUser(updated);
        await recordAudit(tx, {
          actor: auditActorOf(actor), action: actionOf(before, after), entity: 'user', entityId: userId, before, after, requestId: meta.requestId ?? null,
        });
        return after;
      }),
    { users_email_key: () => emailTaken() },
  );
}

function actionOf(before: StaffUser, after: StaffUser): string {
  if (before.disabled !== after.disabled) return after.disabled ? 'staff.disabled' : 'staff.enabled';
  if (before.roles.join() !== after.roles.join()) return 'staff.roles_changed';
  return 'staff.updated';
}
