import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { clients, organizations, users } from '../tables.ts';
import type { ClientProfile } from './client-contracts.ts';

export type ClientRow = typeof clients.$inferSelect;

export async function insertClient(db: Db, values: typeof clients.$inferInsert): Promise<ClientRow> {
  const [row] = await db.insert(clients).values(values).returning();
  if (!row) throw new Error('client insert returned no row');
  return row;
}

export async function findClient(db: Db, clientId: string): Promise<ClientRow | null> {
  const [row] = await db.select().from(clients).where(eq(clients.id, clientId)).limit(1);
  return row ?? null;
}

export async function updateClient(db: Db, clientId: string, values: Partial<typeof clients.$inferInsert>): Promise<ClientRow> {
  const [row] = await db.update(clients).set(values).where(eq(clients.id, clientId)).returning();
  if (!row) throw new Error(`client ${clientId} vanished`);
  return row;
}

async function selectProfiles(db: Db, where: SQL | undefined, limit: number): Promise<ClientProfile[]> {
  const rows = await db
    .select({ client: clients, login: users.login, email: users.email, disabledAt: users.disabledAt, organizationName: organizations.name })
    .from(clients)
    .innerJoin(users, eq(users.id, clients.userId))
    .leftJoin(organizations, eq(organizations.id, clients.organizationId))
    .where(where)
    .orderBy(clients.fullName, clients.id)
    .limit(limit);
  return rows.map(({ client, login, email, disabledAt, organizationName }) => ({
    clientId: client.id,
    userId: client.userId,
    clientCode: login,
    fullName: client.fullName,
    phone: client.phone,
    email,
    document: { type: client.documentType, masked: client.documentMasked },
    personalDataConsentAt: client.personalDataConsentAt.toISOString(),
    notifications: { email: client.notifyEmail, sms: client.notifySms, messenger: client.notifyMessenger, news: client.notifyNews },
    messenger: client.messengerKind && client.messengerChatId ? { kind: client.messengerKind, chatId: client.messengerChatId } : null,
    locale: client.locale,
    organization: client.organizationId && organizationName ? { id: client.organizationId, name: organizationName } : null,
    disabled: disabledAt !== null,
    createdAt: client.createdAt.toISOString(),
  }));
}

export async function findClientProfile(db: Db, clientId: string): Promise<ClientProfile | null> {
  const [profile] = await selectProfiles(db, eq(clients.id, clientId), 1);
  return profile ?? null;
}

/** Clients whose name, code, email or phone contains the text (box office look-up). */
export async function searchClientProfiles(db: Db, text: string | undefined, limit: number): Promise<ClientProfile[]> {
  if (!text) return selectProfiles(db, undefined, limit);
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const digits = text.replace(/\D/g, '');
  return selectProfiles(
    db,
    or(
      ilike(clients.fullName, pattern),
      sql`${users.login}::text ilike ${pattern}`,
      sql`${users.email}::text ilike ${pattern}`,
      digits.length >= 4 ? ilike(clients.phone, `%${digits}%`) : undefined,
    ),
    limit,
  );
}

export async function clientsOfOrganization(db: Db, organizationId: string): Promise<ClientProfile[]> {
  return selectProfiles(db, and(eq(clients.organizationId, organizationId)), 500);
}
