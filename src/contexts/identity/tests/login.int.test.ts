import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { loginAs, registerClient } from '../../../test/login.ts';

describe('logging in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('logs a client in by client code, in any case, and by email', async () => {
    const client = await registerClient(t.app);
    const byCode = await loginAs(t.app, client.clientCode.toUpperCase(), client.password);
    const byEmail = await loginAs(t.app, client.email, client.password);
    for (const session of [byCode, byEmail]) {
      const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: session.headers });
      expect(me.statusCode).toBe(200);
      expect(me.json().client).toMatchObject({ clientId: client.clientId, clientCode: client.clientCode, phone: '+79123456789', document: { masked: '45 ** ****78' } });
    }
  });

  it('sets the session cookie httpOnly and SameSite=Lax, and hands out the anti-forgery token', async () => {
    const client = await registerClient(t.app);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: client.clientCode, password: client.password } });
    expect(res.statusCode).toBe(200);
    const sid = res.cookies.find((c) => c.name === 'sid');
    expect(sid).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.json().csrfToken).toEqual(expect.any(String));
    const csrf = await t.app.inject({ method: 'GET', url: '/api/auth/csrf', headers: { cookie: `sid=${sid?.value}` } });
    expect(csrf.json()).toEqual({ csrfToken: res.json().csrfToken });
  });

  it('answers a wrong password and an unknown login alike', async () => {
    const client = await registerClient(t.app);
    const wrongPassword = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: client.clientCode, password: 'not-the-password' } });
    const unknownLogin = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'nobody-like-this', password: 'not-the-password' } });
    for (const res of [wrongPassword, unknownLogin]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'invalid_credentials', detail: 'Wrong login or password.' });
      expect(res.cookies.find((c) => c.name === 'sid')).toBeUndefined();
    }
  });
});
