import { eq } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import type { DemoSeeder } from '../../../server/demo.ts';
import type { AppDeps } from '../../../server/deps.ts';
import type { StaffRole } from '../staff/staff-contracts.ts';
import { insertClient } from '../clients/clients-repository.ts';
import { replaceContractPrices, insertContract } from '../corporate/contracts-repository.ts';
import { insertOrganization } from '../corporate/organizations-repository.ts';
import { hashPassword } from '../crypto/password-hash.ts';
import { piiCipher } from '../crypto/pii-key.ts';
import { maskDocument } from '../rules/document.ts';
import { users } from '../tables.ts';
import { insertUser } from '../users-repository.ts';
import { demoContractPrices } from './demo-contract-prices.ts';
import { demoLogins, demoOrganization } from './demo-logins.ts';

const staff: { role: StaffRole; name: string }[] = [
  { role: 'operator', name: 'Оператор (демо)' },
  { role: 'cashier', name: 'Кассир (демо)' },
  { role: 'manager', name: 'Менеджер (демо)' },
  { role: 'admin', name: 'Администратор (демо)' },
];

async function addClient(deps: AppDeps, tx: Db, login: { login: string; password: string }, person: { fullName: string; email: string; phone: string; chatId: string | null }, organizationId: string | null) {
  const now = deps.clock.now();
  const document = { series: '4512', number: login.login === 'client' ? '345678' : '765432' };
  // Demo passwords contain the login, which the policy refuses for real users: insert directly.
  const user = await insertUser(tx, {
    kind: 'client', login: login.login, email: person.email, passwordHash: await hashPassword(login.password), roles: ['client'],
    displayName: person.fullName, createdAt: now, updatedAt: now,
  });
  await insertClient(tx, {
    userId: user.id, fullName: person.fullName, phone: person.phone, documentType: 'passport_ru',
    documentCiphertext: piiCipher(deps.config).encrypt(JSON.stringify(document)), documentMasked: maskDocument(document),
    personalDataConsentAt: now, notifyEmail: true, notifySms: true, notifyMessenger: person.chatId !== null, notifyNews: true,
    messengerKind: person.chatId ? 'telegram' : null, messengerChatId: person.chatId, organizationId, createdAt: now, updatedAt: now,
  });
}

/** One user per role, and an organisation with an active contract; runs after the catalog demo, whose rows the contract prices. */
export const identityDemoSeeder: DemoSeeder = {
  name: 'identity',
  async isLoaded(deps) {
    const [row] = await deps.database.db.select({ id: users.id }).from(users).where(eq(users.login, demoLogins.operator.login)).limit(1);
    return Boolean(row);
  },
  async load(deps) {
    const now = deps.clock.now();
    const prices = await demoContractPrices(deps.database.db);
    await deps.database.db.transaction(async (tx) => {
      for (const { role, name } of staff) {
        const login = demoLogins[role];
        await insertUser(tx, { kind: 'staff', login: login.login, email: null, passwordHash: await hashPassword(login.password), roles: [role], displayName: name, createdAt: now, updatedAt: now });
      }
      await addClient(deps, tx, demoLogins.client, { fullName: 'Иванов Иван Иванович', email: 'client@example.com', phone: '+79161234567', chatId: '100000001' }, null);
      const organization = await insertOrganization(tx, {
        name: demoOrganization.name, taxId: demoOrganization.taxId, address: 'Москва, Лужнецкая наб., 24', email: 'office@example.com', phone: '+74951234567', createdAt: now, updatedAt: now,
      });
      await addClient(deps, tx, demoLogins.corporate, { fullName: 'Петрова Анна Сергеевна', email: 'corporate@example.com', phone: '+79031234567', chatId: null }, organization.id);
      const contract = await insertContract(tx, {
        organizationId: organization.id, number: demoOrganization.contractNumber, status: 'active',
        validFrom: new Date('2024-01-01T00:00:00+03:00'), validTo: null, currency: 'RUB', creditLimitMinor: 50_000_000, createdAt: now, updatedAt: now,
      });
      await replaceContractPrices(tx, contract.id, prices);
    });
  },
  async describe() {
    const width = Math.max(...Object.keys(demoLogins).map((role) => role.length));
    return [
      '  demo users (login / password):',
      ...Object.entries(demoLogins).map(([role, { login, password }]) => `    ${role.padEnd(width)}  ${login} / ${password}`),
      `    (corporate represents ${demoOrganization.name}, contract ${demoOrganization.contractNumber})`,
    ];
  },
};
