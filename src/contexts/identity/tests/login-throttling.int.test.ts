import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/clock.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { registerClient } from '../../../test/login.ts';

describe('login throttling', () => {
  const clock = fixedClock('2025-03-01T09:00:00Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(async () => t.close());

  const login = (payload: { login: string; password: string }, remoteAddress = '10.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload, remoteAddress });

  it('blocks an account after 5 wrong passwords, with Retry-After doubling on each further failure', async () => {
    const client = await registerClient(t.app);
    for (let i = 0; i < 5; i += 1) expect((await login({ login: client.clientCode, password: `wrong-${i}` })).statusCode).toBe(401);

    const blocked = await login({ login: client.clientCode, password: client.password }, '10.0.0.2');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('too_many_attempts');
    expect(blocked.headers['retry-after']).toBe('30');

    clock.advance(31_000);
    expect((await login({ login: client.clientCode, password: 'wrong-again' })).statusCode).toBe(401);
    const longer = await login({ login: client.clientCode, password: client.password });
    expect(longer.statusCode).toBe(429);
    expect(longer.headers['retry-after']).toBe('60');

    clock.advance(61_000);
    expect((await login({ login: client.clientCode, password: client.password })).statusCode).toBe(200);
    // A success starts the count again.
    expect((await login({ login: client.clientCode, password: 'wrong-once-more' })).statusCode).toBe(401);
    expect((await login({ login: client.clientCode, password: client.password })).statusCode).toBe(200);
  });

  it('slows down guessing at a login that does not exist the same way', async () => {
    for (let i = 0; i < 5; i += 1) expect((await login({ login: 'no-such-client', password: `guess-${i}` }, '10.0.1.1')).statusCode).toBe(401);
    const res = await login({ login: 'no-such-client', password: 'guess-5' }, '10.0.1.2');
    expect(res.statusCode).toBe(429);
  });

  it('blocks an address that tries many logins', async () => {
    for (let i = 0; i < 20; i += 1) expect((await login({ login: `someone-${i}`, password: 'guess-guess' }, '10.0.2.1')).statusCode).toBe(401);
    const client = await registerClient(t.app);
    const res = await login({ login: client.clientCode, password: client.password }, '10.0.2.1');
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login({ login: client.clientCode, password: client.password }, '10.0.2.2')).statusCode).toBe(200);
  });
});
