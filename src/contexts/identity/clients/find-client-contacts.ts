import { and, asc, eq, gt, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import type { Locale, MessengerKind } from '../tables.ts';
import { clients, users } from '../tables.ts';

export interface ClientContacts {
  clientId: string;
  fullName: string;
  clientCode: string;
  email: string | null;
  /** E.164; personal data: never put it into a log line. */
  phone: string;
  messenger: { kind: MessengerKind; chatId: string } | null;
  /** The channels the client wants messages by (each only when its contact is there). */
  channels: { email: boolean; sms: boolean; messenger: boolean };
  /** Opted in to news, schedules, start of sales and price changes. */
  news: boolean;
  locale: Locale;
  organizationId: string | null;
  disabled: boolean;
}

/** How to reach a client, and whether they want to be reached: what notifications needs. */
export async function findClientContacts(db: Db, clientId: string): Promise<ClientContacts | null> {
  const [contacts] = await selectContacts(db, eq(clients.id, clientId), 1);
  return contacts ?? null;
}

export interface ClientContactsPage {
  /** Clients with an id after this one (null: from the start), in id order. */
  after: string | null;
  limit: number;
  /** true: only corporate representatives; false: only individuals; absent: everyone. */
  corporate?: boolean | undefined;
  organizationId?: string | null | undefined;
}

/**
 * A page of clients' contacts in client id order, for messages to many clients at once
 * (broadcasts): walking it with `after` set to the last id visits every client once,
 * also while clients register meanwhile. Disabled clients come with `disabled: true`.
 */
export async function getClientContacts(db: Db, page: ClientContactsPage): Promise<ClientContacts[]> {
  const where = and(
    page.after ? gt(clients.id, page.after) : undefined,
    page.corporate === true ? isNotNull(clients.organizationId) : page.corporate === false ? isNull(clients.organizationId) : undefined,
    page.organizationId ? eq(clients.organizationId, page.organizationId) : undefined,
  );
  return selectContacts(db, where, page.limit);
}

async function selectContacts(db: Db, where: SQL | undefined, limit: number): Promise<ClientContacts[]> {
  const rows = await db
    .select({ client: clients, login: users.login, email: users.email, disabledAt: users.disabledAt })
    .from(clients)
    .innerJoin(users, eq(users.id, clients.userId))
    .where(where)
    .orderBy(asc(clients.id))
    .limit(limit);
  return rows.map(({ client, login, email, disabledAt }) => {
    const messenger = client.messengerKind && client.messengerChatId ? { kind: client.messengerKind, chatId: client.messengerChatId } : null;
    return {
      clientId: client.id,
      fullName: client.fullName,
      clientCode: login,
      email,
      phone: client.phone,
      messenger,
      channels: { email: client.notifyEmail && email !== null, sms: client.notifySms, messenger: client.notifyMessenger && messenger !== null },
      news: client.notifyNews,
      locale: client.locale,
      organizationId: client.organizationId,
      disabled: disabledAt !== null,
    };
  });
}
