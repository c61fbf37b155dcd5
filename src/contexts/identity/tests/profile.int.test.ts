import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/db/types.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { loginAsDemo, registerClient } from '../../../test/login.ts';

describe('profiles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ template: 'demo' });
  });
  afterAll(async () => t.close());

  it('shows the demo client with every contact and a masked document', async () => {
    const client = await loginAsDemo(t.app, 'client');
    const res = await t.app.inject({ method: 'GET', url: '/api/me', headers: client.headers });
    expect(res.json()).toMatchObject({
      actor: { kind: 'client', roles: ['client'] },
      client: { clientCode: 'client', email: 'client@example.com', phone: expect.stringMatching(/^\+7\d{10}$/), document: { masked: '45 ** ****78' }, messenger: { kind: 'telegram' }, notifications: { email: true, sms: true, messenger: true } },
      staff: null,
    });
  });

  it('shows a staff member their account', async () => {
    const cashier = await loginAsDemo(t.app, 'cashier');
    const res = await t.app.inject({ method: 'GET', url: '/api/me', headers: cashier.headers });
    expect(res.json()).toMatchObject({ actor: { kind: 'staff', roles: ['cashier'], clientId: null }, client: null, staff: { login: 'cashier' } });
  });

  it('changes contacts, normalising and re-validating the phone and email, and audits it', async () => {
    const client = await registerClient(t.app);
    const res = await t.app.inject({
      method: 'PATCH', url: '/api/me', headers: client.headers,
      payload: { phone: '8 903 111 22 33', email: 'New.Address@Example.com', notifications: { news: true } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ phone: '+79031112233', email: 'new.address@example.com', notifications: { news: true, email: true } });
    const audit = await queryRows<{ action: string; actor_id: string }>(t.deps.database.db, sql`select action, actor_id from audit_log where entity_id = ${client.clientId} order by id`);
    expect(audit.map((a) => a.action)).toEqual(['client.registered', 'client.contacts_changed']);
    expect(audit[1]?.actor_id).toBe(client.userId);

    const badPhone = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: client.headers, payload: { phone: '000' } });
    expect(badPhone.json()).toMatchObject({ status: 400, field: 'body.phone' });
    const badEmail = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: client.headers, payload: { email: 'not-an-email' } });
    expect(badEmail.json()).toMatchObject({ status: 400, field: 'body.email' });
    const taken = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: client.headers, payload: { email: 'client@example.com' } });
    expect(taken.json()).toMatchObject({ status: 409, code: 'email_taken', field: 'body.email' });
  });

  it('lets an operator change a client and finds clients by phone digits', async () => {
    const client = await registerClient(t.app, { phone: '+7 999 765 43 21' });
    const operator = await loginAsDemo(t.app, 'operator');
    const found = await t.app.inject({ method: 'POST', url: '/api/clients/search', headers: operator.headers, payload: { search: '999 765-43-21' } });
    expect(found.json().items.map((c: { clientId: string }) => c.clientId)).toContain(client.clientId);
    const res = await t.app.inject({ method: 'PATCH', url: `/api/clients/${client.clientId}`, headers: operator.headers, payload: { locale: 'en' } });
    expect(res.json().locale).toBe('en');
    const audit = await queryRows<{ actor_kind: string }>(t.deps.database.db, sql`select actor_kind from audit_log where entity_id = ${client.clientId} and action = 'client.contacts_changed'`);
    expect(audit).toEqual([{ actor_kind: 'staff' }]);
  });
});
