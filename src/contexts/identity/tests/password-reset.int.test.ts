import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/db/types.ts';
import { fixedClock } from '../../../shared/clock.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { loginAs, registerClient } from '../../../test/login.ts';

describe('password reset', () => {
  const clock = fixedClock('2025-03-01T09:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock, config: { PUBLIC_BASE_URL: 'https://tickets.example' } });
  });
  afterAll(async () => t.close());

  const requestReset = (login: string) => t.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { login } });
  const confirm = (token: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password } });

  async function lastResetMessage(clientId: string) {
    const rows = await queryRows<{ topic: string; data: { resetUrl: string; validMinutes: number } }>(
      t.deps.database.db,
      sql`select topic, data from outbox_messages where client_id = ${clientId} and topic = 'password_reset' order by created_at desc limit 1`,
    );
    return rows[0] ?? null;
  }

  it('mails a one-time link through the outbox that sets a new password and ends every session', async () => {
    const client = await registerClient(t.app);
    const res = await requestReset(client.email);
    expect(res.statusCode).toBe(202);
    const message = await lastResetMessage(client.clientId);
    expect(message?.data.validMinutes).toBe(30);
    expect(message?.data.resetUrl).toMatch(/^https:\/\/tickets\.example\/password-reset\?token=/);
    const token = new URL(message?.data.resetUrl ?? '').searchParams.get('token') ?? '';

    const weak = await confirm(token, 'password123');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().field).toBe('body.password');

    expect((await confirm(token, 'copper-meadow-19')).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: client.headers })).statusCode).toBe(401);
    await expect(loginAs(t.app, client.clientCode, 'copper-meadow-19')).resolves.toBeTruthy();

    const again = await confirm(token, 'another-pass-88');
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'reset_token_invalid', field: 'body.token' });
  });

  it('marks the session cookie Secure when the portal is served over https', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: (await registerClient(t.app)).clientCode, password: 'violet-harbour-42' } });
    expect(res.cookies.find((c) => c.name === 'sid')).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
  });

  it('answers the same for an unknown login and sends nothing', async () => {
    const before = await queryRows<{ n: number }>(t.deps.database.db, sql`select count(*)::int as n from outbox_messages`);
    const res = await requestReset('nobody-at-all');
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ accepted: true });
    const after = await queryRows<{ n: number }>(t.deps.database.db, sql`select count(*)::int as n from outbox_messages`);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('lets a link expire after 30 minutes', async () => {
    const client = await registerClient(t.app);
    await requestReset(client.clientCode);
    const token = new URL((await lastResetMessage(client.clientId))?.data.resetUrl ?? '').searchParams.get('token') ?? '';
    clock.advance(31 * 60_000);
    expect((await confirm(token, 'copper-meadow-19')).json().code).toBe('reset_token_invalid');
  });
});
