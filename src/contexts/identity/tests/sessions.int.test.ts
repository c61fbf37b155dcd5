import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/clock.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { loginAs, registerClient, type LoggedIn } from '../../../test/login.ts';

const minutes = (n: number) => n * 60_000;
const hours = (n: number) => n * 3_600_000;

describe('sessions', () => {
  const clock = fixedClock('2025-03-01T09:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(async () => t.close());

  const me = (session: Pick<LoggedIn, 'headers'>) => t.app.inject({ method: 'GET', url: '/api/me', headers: session.headers });
  const patchMe = (headers: Record<string, string>) =>
    t.app.inject({ method: 'PATCH', url: '/api/me', headers, payload: { notifications: { news: true } } });

  it('ends a session after 12 hours without a request', async () => {
    const client = await registerClient(t.app);
    clock.advance(hours(11));
    expect((await me(client)).statusCode).toBe(200);
    clock.advance(hours(11)); // still alive: the request above moved the idle expiry forward
    expect((await me(client)).statusCode).toBe(200);
    clock.advance(hours(12) + minutes(1));
    const res = await me(client);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('login_required');
  });

  it('ends a session 7 days after login however busy it is', async () => {
    const client = await registerClient(t.app);
    for (let step = 0; step < 15; step += 1) {
      clock.advance(hours(11)); // 165 hours in all, never 12 idle
      expect((await me(client)).statusCode).toBe(200);
    }
    clock.advance(hours(4)); // 169 hours after login
    expect((await me(client)).statusCode).toBe(401);
  });

  it('starts a new session at login and ends the one the browser still had', async () => {
    const client = await registerClient(t.app);
    const res = await t.app.inject({
      method: 'POST', url: '/api/auth/login', headers: { cookie: client.cookie }, payload: { login: client.clientCode, password: client.password },
    });
    expect(res.statusCode).toBe(200);
    const fresh = res.cookies.find((c) => c.name === 'sid')?.value;
    expect(fresh).toBeTruthy();
    expect(`sid=${fresh}`).not.toBe(client.cookie);
    expect((await me(client)).statusCode).toBe(401);
    expect((await me({ headers: { cookie: `sid=${fresh}`, 'x-csrf-token': '' } })).statusCode).toBe(200);
  });

  it('logs out this session only', async () => {
    const client = await registerClient(t.app);
    const other = await loginAs(t.app, client.clientCode, client.password);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: client.headers });
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'sid')?.value).toBe('');
    expect((await me(client)).statusCode).toBe(401);
    expect((await me(other)).statusCode).toBe(200);
  });

  it('logs out everywhere', async () => {
    const client = await registerClient(t.app);
    const phone = await loginAs(t.app, client.email, client.password);
    const laptop = await loginAs(t.app, client.clientCode, client.password);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout-all', headers: laptop.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().ended).toBe(3);
    for (const session of [client, phone, laptop]) expect((await me(session)).statusCode).toBe(401);
  });

  it('refuses a write made with the cookie but without the anti-forgery token', async () => {
    const client = await registerClient(t.app);
    const without = await patchMe({ cookie: client.cookie });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf_token_invalid');
    const forged = await patchMe({ cookie: client.cookie, 'x-csrf-token': 'guessed' });
    expect(forged.statusCode).toBe(403);
    const other = await registerClient(t.app);
    expect((await patchMe({ cookie: client.cookie, 'x-csrf-token': other.csrfToken })).statusCode).toBe(403);
    expect((await patchMe(client.headers)).statusCode).toBe(200);
    // Reads need no token.
    expect((await me({ headers: { cookie: client.cookie, 'x-csrf-token': '' } })).statusCode).toBe(200);
  });

  it('does not let logout be forged either', async () => {
    const client = await registerClient(t.app);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: client.cookie } });
    expect(res.statusCode).toBe(403);
    expect((await me(client)).statusCode).toBe(200);
  });

  it('changes the password given the current one, ending the other sessions', async () => {
    const client = await registerClient(t.app);
    const other = await loginAs(t.app, client.clientCode, client.password);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/me/password', headers: client.headers, payload: { currentPassword: 'not-it-at-all', newPassword: 'amber-lantern-77' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().field).toBe('body.currentPassword');
    const res = await t.app.inject({ method: 'POST', url: '/api/me/password', headers: client.headers, payload: { currentPassword: client.password, newPassword: 'amber-lantern-77' } });
    expect(res.statusCode).toBe(204);
    expect((await me(client)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    await expect(loginAs(t.app, client.clientCode, 'amber-lantern-77')).resolves.toBeTruthy();
  });
});
