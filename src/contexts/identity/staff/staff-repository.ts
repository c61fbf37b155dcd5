import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { staffRoles } from '../../../server/plugins/access.ts';
import { users } from '../tables.ts';
import type { UserRow } from '../users-repository.ts';
import type { StaffUser } from './staff-contracts.ts';

const isStaffRole = (role: string): role is StaffUser['roles'][number] => (staffRoles as readonly string[]).includes(role);

export function toStaffUser(user: UserRow): StaffUser {
  return {
    userId: user.id,
    login: user.login,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles.filter(isStaffRole),
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}

export async function listStaff(db: Db): Promise<StaffUser[]> {
  const rows = await db.select().from(users).where(eq(users.kind, 'staff')).orderBy(asc(users.login));
  return rows.map(toStaffUser);
}

export async function findStaffUser(db: Db, userId: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(and(eq(users.id, userId), eq(users.kind, 'staff'))).limit(1);
  return row ?? null;
}

/** How many enabled admins there are besides this user, counted under a lock so two demotions cannot both pass. */
export async function otherActiveAdmins(db: Db, userId: string): Promise<number> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.kind, 'staff'), ne(users.id, userId), isNull(users.disabledAt), sql`'admin' = any(${users.roles})`))
    .for('update');
  return rows.length;
}
