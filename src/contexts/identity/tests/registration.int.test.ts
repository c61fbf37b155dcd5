import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { registerClient, registrationBody } from '../../../test/login.ts';
import { queryRows } from '../../../server/db/types.ts';
import { sql } from 'drizzle-orm';
import { createPiiCipher } from '../crypto/pii-cipher.ts';
import { decodeKey } from '../../../server/config.ts';

describe('registration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: '2025-03-01T09:00:00Z' });
  });
  afterAll(async () => t.close());

  const register = (overrides: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/auth/register', payload: registrationBody(overrides) });

  async function expectRefused(overrides: Record<string, unknown>, field: string, status = 400) {
    const res = await register(overrides);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().field).toBe(field);
    expect(res.json().detail).toContain(field.split('.').at(-1));
    expect(res.cookies.find((c) => c.name === 'sid')).toBeUndefined();
  }

  it('registers a client with every field, logs them in and normalises the phone', async () => {
    const res = await register({ phone: '+7 (916) 000-11-22', messenger: { kind: 'telegram', chatId: '123456789' }, notifications: { email: true, sms: true, messenger: true, news: true } });
    expect(res.statusCode, res.body).toBe(201);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `sid=${res.cookies.find((c) => c.name === 'sid')?.value}` } });
    expect(me.json()).toMatchObject({
      actor: { kind: 'client', roles: ['client'], clientId: res.json().clientId },
      client: {
        fullName: 'Смирнова Ольга Петровна',
        phone: '+79160001122',
        document: { type: 'passport_ru', masked: '45 ** ****78' },
        personalDataConsentAt: '2025-03-01T09:00:00.000Z',
        notifications: { email: true, sms: true, messenger: true, news: true },
        messenger: { kind: 'telegram', chatId: '123456789' },
      },
    });
  });

  it('keeps the document number only encrypted, with the key from the configuration', async () => {
    const client = await registerClient(t.app, { document: { type: 'passport_ru', series: '45 12', number: '987 654' } });
    const [row] = await queryRows<{ document_ciphertext: string; document_masked: string }>(
      t.deps.database.db,
      sql`select document_ciphertext, document_masked from clients where id = ${client.clientId}`,
    );
    expect(row?.document_ciphertext).not.toContain('987654');
    expect(row?.document_masked).toBe('45 ** ****54');
    const cipher = createPiiCipher(decodeKey(t.deps.config.PII_ENCRYPTION_KEY ?? '') ?? Buffer.alloc(0));
    expect(JSON.parse(cipher.decrypt(row?.document_ciphertext ?? ''))).toEqual({ series: '4512', number: '987654' });
  });

  it('records the registration in the audit log without the personal data', async () => {
    const client = await registerClient(t.app);
    const rows = await queryRows<{ action: string; after: Record<string, unknown> }>(
      t.deps.database.db,
      sql`select action, after from audit_log where entity = 'client' and entity_id = ${client.clientId}`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.action).toBe('client.registered');
    expect(JSON.stringify(rows[0]?.after)).not.toContain('345678');
    expect(JSON.stringify(rows[0]?.after)).not.toContain('+79123456789');
  });

  it('refuses a missing full name', () => expectRefused({ fullName: ' ' }, 'body.fullName'));
  it('refuses a full name with digits', () => expectRefused({ fullName: 'R2-D2' }, 'body.fullName'));
  it('refuses a phone that is not one', () => expectRefused({ phone: '12-34' }, 'body.phone'));
  it('refuses an email that is not one', () => expectRefused({ email: 'ivanov.example.com' }, 'body.email'));
  it('refuses an unknown document type', () => expectRefused({ document: { type: 'library_card', series: '1', number: '1' } }, 'body.document.type'));
  it('refuses a passport series of the wrong shape', () => expectRefused({ document: { type: 'passport_ru', series: '45', number: '345678' } }, 'body.document.series'));
  it('refuses a passport number of the wrong shape', () => expectRefused({ document: { type: 'passport_ru', series: '4512', number: '34' } }, 'body.document.number'));
  it('refuses a client code with spaces or an @', async () => {
    await expectRefused({ clientCode: 'ivan petrov' }, 'body.clientCode');
    await expectRefused({ clientCode: 'ivan@petrov' }, 'body.clientCode');
  });
  it('refuses a client code taken by another client, whatever the case', async () => {
    const first = await registerClient(t.app);
    await expectRefused({ clientCode: first.clientCode.toUpperCase() }, 'body.clientCode', 409);
  });
  it('refuses an email taken by another client', async () => {
    const first = await registerClient(t.app);
    await expectRefused({ email: first.email.toUpperCase() }, 'body.email', 409);
  });
  it('refuses a password under 10 characters', () => expectRefused({ password: 'short-pw1' }, 'body.password'));
  it('refuses a common password', () => expectRefused({ password: 'qwerty123456' }, 'body.password'));
  it('refuses registration without consent to the processing of personal data', async () => {
    await expectRefused({ personalDataConsent: false }, 'body.personalDataConsent');
    await expectRefused({ personalDataConsent: undefined }, 'body.personalDataConsent');
  });
  it('refuses messenger notifications without a messenger id', () =>
    expectRefused({ notifications: { email: true, sms: false, messenger: true, news: false }, messenger: null }, 'body.messenger'));
  it('refuses a messenger id with spaces', () => expectRefused({ messenger: { kind: 'telegram', chatId: 'my chat' } }, 'body.messenger.chatId'));
  it('refuses an unknown contact preference value', () =>
    expectRefused({ notifications: { email: 'yes', sms: false, messenger: false, news: false } }, 'body.notifications.email'));
});
