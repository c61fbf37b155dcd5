import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf } from '../audit-actor.ts';
import { maskPhone } from '../rules/normalize-phone.ts';
import { assertMayActOnClient, clientNotFound } from '../require-actor.ts';
import { mapUniqueViolation } from '../unique-violation.ts';
import { findUserById, loginOrEmailTaken, updateUser } from '../users-repository.ts';
import type { ClientProfile, UpdateContactsBody } from './client-contracts.ts';
import { checkMessenger, emailTaken } from './client-rules.ts';
import { findClient, findClientProfile, updateClient } from './clients-repository.ts';

/** Changes a client's contacts and notification preferences (the client, or staff for them); audited. */
export async function updateClientContacts(
  deps: AppDeps,
  actor: Actor,
  clientId: string,
  input: UpdateContactsBody,
  meta: { requestId?: string } = {},
): Promise<ClientProfile> {
  assertMayActOnClient(actor, clientId);
  const { db } = deps.database;
  const now = deps.clock.now();
  return mapUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        const client = await findClient(tx, clientId);
        const user = client ? await findUserById(tx, client.userId) : null;
        if (!client || !user) throw clientNotFound();
        const messenger = input.messenger === undefined
          ? (client.messengerKind && client.messengerChatId ? { kind: client.messengerKind, chatId: client.messengerChatId } : null)
          : input.messenger;
        const notifyMessenger = input.notifications?.messenger ?? (client.notifyMessenger && messenger !== null);
        checkMessenger(notifyMessenger, messenger);
        if (input.email && input.email !== user.email && (await loginOrEmailTaken(tx, input.email, user.id))) throw emailTaken();

        const before = await findClientProfile(tx, clientId);
        await updateUser(tx, user.id, { email: input.email ?? user.email, displayName: input.fullName ?? user.displayName, updatedAt: now });
        await updateClient(tx, clientId, {
          fullName: input.fullName ?? client.fullName,
          phone: input.phone ?? client.phone,
          notifyEmail: input.notifications?.email ?? client.notifyEmail,
          notifySms: input.notifications?.sms ?? client.notifySms,
          notifyMessenger,
          notifyNews: input.notifications?.news ?? client.notifyNews,
          messengerKind: messenger?.kind ?? null,
          messengerChatId: messenger?.chatId ?? null,
          locale: input.locale ?? client.locale,
          updatedAt: now,
        });
        const after = await findClientProfile(tx, clientId);
        if (!before || !after) throw clientNotFound();
        await recordAudit(tx, {
          actor: auditActorOf(actor), action: 'client.contacts_changed', entity: 'client', entityId: clientId,
          before: auditView(before), after: auditView(after), requestId: meta.requestId ?? null,
        });
        return after;
      }),
    { users_email_key: () => emailTaken() },
  );
}

// The audit log keeps what changed without the personal data itself.
function auditView(profile: ClientProfile) {
  return {
    fullName: profile.fullName, email: profile.email, phone: maskPhone(profile.phone),
    notifications: profile.notifications, messenger: profile.messenger ? { kind: profile.messenger.kind } : null, locale: profile.locale,
  };
}
