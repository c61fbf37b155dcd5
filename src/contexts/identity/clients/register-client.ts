import type { AppDeps } from '../../../server/deps.ts';
import { recordAudit } from '../../audit/index.ts';
import { actorSummary, type ActorSummary } from '../actor-summary.ts';
import { hashPassword } from '../crypto/password-hash.ts';
import { piiCipher } from '../crypto/pii-key.ts';
import { maskDocument } from '../rules/document.ts';
import { maskPhone } from '../rules/normalize-phone.ts';
import { sessionPolicy } from '../sessions/session-policy.ts';
import { insertSession, type StartedSession } from '../sessions/sessions-repository.ts';
import { mapUniqueViolation } from '../unique-violation.ts';
import { insertUser, loginOrEmailTaken } from '../users-repository.ts';
import type { RegisterBody } from './client-contracts.ts';
import { checkMessenger, checkPassword, checkedDocument, clientCodeTaken, emailTaken } from './client-rules.ts';
import { insertClient } from './clients-repository.ts';

/**
 * Makes a visitor a client (seed 001): checks every field, keeps the document number
 * encrypted, records the consent with its time, and logs the new client in.
 */
export async function registerClient(
  deps: AppDeps,
  input: RegisterBody,
  meta: { requestId?: string } = {},
): Promise<{ clientId: string; session: StartedSession; actor: ActorSummary }> {
  const document = checkedDocument(input.document);
  checkPassword(input.password, { login: input.clientCode, email: input.email });
  checkMessenger(input.notifications.messenger, input.messenger);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  const { db } = deps.database;

  return mapUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        if (await loginOrEmailTaken(tx, input.clientCode)) throw clientCodeTaken();
        if (await loginOrEmailTaken(tx, input.email)) throw emailTaken();
        const user = await insertUser(tx, {
          kind: 'client', login: input.clientCode, email: input.email, passwordHash, roles: ['client'],
          displayName: input.fullName, createdAt: now, updatedAt: now,
        });
        const client = await insertClient(tx, {
          userId: user.id,
          fullName: input.fullName,
          phone: input.phone,
          documentType: document.type,
          documentCiphertext: piiCipher(deps.config).encrypt(JSON.stringify({ series: document.series, number: document.number })),
          documentMasked: maskDocument(document),
          personalDataConsentAt: now,
          notifyEmail: input.notifications.email,
          notifySms: input.notifications.sms,
          notifyMessenger: input.notifications.messenger,
          notifyNews: input.notifications.news,
          messengerKind: input.messenger?.kind ?? null,
          messengerChatId: input.messenger?.chatId ?? null,
          locale: input.locale,
          createdAt: now,
          updatedAt: now,
        });
        await recordAudit(tx, {
          actor: { id: user.id, kind: 'client' },
          action: 'client.registered',
          entity: 'client',
          entityId: client.id,
          // Personal data stays out of the log: only its masked forms.
          after: { clientCode: user.login, fullName: client.fullName, email: user.email, phone: maskPhone(client.phone), document: client.documentMasked, consentAt: now.toISOString() },
          requestId: meta.requestId ?? null,
        });
        const session = await insertSession(tx, user.id, now, sessionPolicy(deps.config));
        return { clientId: client.id, session, actor: await actorSummary(tx, user) };
      }),
    { users_login_key: () => clientCodeTaken(), users_email_key: () => emailTaken() },
  );
}
