import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import { recordAudit, type AuditActor } from '../../audit/index.ts';
import { checkPassword, emailTaken } from '../clients/client-rules.ts';
import { hashPassword } from '../crypto/password-hash.ts';
import { mapUniqueViolation } from '../unique-violation.ts';
import { insertUser, loginOrEmailTaken } from '../users-repository.ts';
import type { CreateStaffBody, StaffUser } from './staff-contracts.ts';
import { toStaffUser } from './staff-repository.ts';

const loginTaken = () => conflict('login_taken', 'login is already taken (by staff or as a client code); choose another.', { field: 'body.login' });

/** Creates a staff account with its roles (by an admin, the CLI or the first-admin set-up); audited. */
export async function createStaffUser(
  db: Db,
  input: CreateStaffBody,
  context: { actor: AuditActor; now: Date; requestId?: string },
): Promise<StaffUser> {
  checkPassword(input.password, { login: input.login, email: input.email });
  const passwordHash = await hashPassword(input.password);
  return mapUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        if (await loginOrEmailTaken(tx, input.login)) throw loginTaken();
        if (input.email && (await loginOrEmailTaken(tx, input.email))) throw emailTaken();
        const user = await insertUser(tx, {
          kind: 'staff', login: input.login, email: input.email, passwordHash, roles: [...new Set(input.roles)],
          displayName: input.displayName, createdAt: context.now, updatedAt: context.now,
        });
        const created = toStaffUser(user);
        await recordAudit(tx, {
          actor: context.actor, action: 'staff.created', entity: 'user', entityId: user.id, after: created, requestId: context.requestId ?? null,
        });
        return created;
      }),
    { users_login_key: loginTaken, users_email_key: () => emailTaken() },
  );
}
