import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { loginAs, loginAsDemo, type LoggedIn } from '../../../test/login.ts';

describe('staff accounts and the audit log', () => {
  let t: TestApp;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp({ template: 'demo' });
    admin = await loginAsDemo(t.app, 'admin');
  });
  afterAll(async () => t.close());

  const createStaff = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/admin/staff', headers: admin.headers, payload: body });
  const audit = async (query: string) => (await t.app.inject({ method: 'GET', url: `/api/admin/audit?${query}`, headers: admin.headers })).json();

  it('creates a staff account with roles, which logs in and acts with them', async () => {
    const res = await createStaff({ login: 'kassa-2', displayName: 'Кассир 2', roles: ['cashier', 'operator'], password: 'granite-window-31' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ login: 'kassa-2', roles: ['cashier', 'operator'], disabled: false });
    const session = await loginAs(t.app, 'kassa-2', 'granite-window-31');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: session.headers });
    expect(me.json().actor).toMatchObject({ kind: 'staff', roles: ['cashier', 'operator'] });

    const entries = await audit(`entity=user&entityId=${res.json().userId}`);
    expect(entries.items).toHaveLength(1);
    expect(entries.items[0]).toMatchObject({ action: 'staff.created', actorKind: 'staff', after: { login: 'kassa-2' } });
  });

  it('refuses a login taken by a client code, and an unknown role', async () => {
    const taken = await createStaff({ login: 'CLIENT', displayName: 'X Y', roles: ['cashier'], password: 'granite-window-31' });
    expect(taken.json()).toMatchObject({ status: 409, code: 'login_taken', field: 'body.login' });
    const role = await createStaff({ login: 'someone', displayName: 'X Y', roles: ['superuser'], password: 'granite-window-31' });
    expect(role.json()).toMatchObject({ status: 400, field: 'body.roles.0' });
  });

  it('changes roles with before and after in the audit log, and disabling ends the sessions', async () => {
    const created = (await createStaff({ login: 'op-3', displayName: 'Оператор 3', roles: ['operator'], password: 'granite-window-31' })).json();
    const session = await loginAs(t.app, 'op-3', 'granite-window-31');
    const promoted = await t.app.inject({ method: 'PATCH', url: `/api/admin/staff/${created.userId}`, headers: admin.headers, payload: { roles: ['operator', 'manager'] } });
    expect(promoted.json().roles).toEqual(['operator', 'manager']);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: session.headers });
    expect(me.json().actor.roles).toEqual(['operator', 'manager']);

    const disabled = await t.app.inject({ method: 'PATCH', url: `/api/admin/staff/${created.userId}`, headers: admin.headers, payload: { disabled: true } });
    expect(disabled.json().disabled).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: session.headers })).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'op-3', password: 'granite-window-31' } });
    expect(login.json().code).toBe('account_disabled');

    const entries = await audit(`entity=user&entityId=${created.userId}`);
    expect(entries.items.map((e: { action: string }) => e.action)).toEqual(['staff.disabled', 'staff.roles_changed', 'staff.created']);
    expect(entries.items[1]).toMatchObject({ before: { roles: ['operator'] }, after: { roles: ['operator', 'manager'] } });
  });

  it('resets a staff password: the old one stops working', async () => {
    const created = (await createStaff({ login: 'op-4', displayName: 'Оператор 4', roles: ['operator'], password: 'granite-window-31' })).json();
    const res = await t.app.inject({ method: 'POST', url: `/api/admin/staff/${created.userId}/password`, headers: admin.headers, payload: { password: 'silver-river-2024' } });
    expect(res.statusCode).toBe(204);
    const old = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'op-4', password: 'granite-window-31' } });
    expect(old.statusCode).toBe(401);
    await expect(loginAs(t.app, 'op-4', 'silver-river-2024')).resolves.toBeTruthy();
  });

  it('keeps the last enabled admin', async () => {
    const me = (await t.app.inject({ method: 'GET', url: '/api/me', headers: admin.headers })).json();
    const res = await t.app.inject({ method: 'PATCH', url: `/api/admin/staff/${me.actor.userId}`, headers: admin.headers, payload: { roles: ['manager'] } });
    expect(res.json()).toMatchObject({ status: 409, code: 'last_admin', field: 'body.roles' });
  });

  it('pages the audit log by cursor and filters it by actor and time', async () => {
    const me = (await t.app.inject({ method: 'GET', url: '/api/me', headers: admin.headers })).json();
    const first = await audit(`actorId=${me.actor.userId}&limit=2`);
    expect(first.items).toHaveLength(2);
    const second = await audit(`actorId=${me.actor.userId}&limit=2&cursor=${first.nextCursor}`);
    expect(second.items[0].id).toBeLessThan(first.items[1].id);
    expect(second.items.every((e: { actorId: string }) => e.actorId === me.actor.userId)).toBe(true);
    const future = await audit(`from=${encodeURIComponent('2999-01-01T00:00:00Z')}`);
    expect(future.items).toEqual([]);
    const bad = await t.app.inject({ method: 'GET', url: '/api/admin/audit?from=yesterday', headers: admin.headers });
    expect(bad.json()).toMatchObject({ status: 400, field: 'query.from' });
  });
});
