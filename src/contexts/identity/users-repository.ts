import { eq, or } from 'drizzle-orm';
import type { Db } from '../../server/db/types.ts';
import { users } from './tables.ts';

export type UserRow = typeof users.$inferSelect;

/** The user who logs in with this client code, staff login or email (any case). */
export async function findUserByLogin(db: Db, login: string): Promise<UserRow | null> {
  const value = login.trim();
  const [row] = await db.select().from(users).where(or(eq(users.login, value), eq(users.email, value))).limit(1);
  return row ?? null;
}

export async function findUserById(db: Db, userId: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  return row ?? null;
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('user insert returned no row');
  return row;
}

export async function updateUser(db: Db, userId: string, values: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const [row] = await db.update(users).set(values).where(eq(users.id, userId)).returning();
  if (!row) throw new Error(`user ${userId} vanished`);
  return row;
}

/** Is this login or email taken (by anyone, in any case)? Logins and emails share one namespace. */
export async function loginOrEmailTaken(db: Db, value: string, exceptUserId: string | null = null): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(or(eq(users.login, value), eq(users.email, value))).limit(2);
  return Boolean(row && row.id !== exceptUserId);
}
