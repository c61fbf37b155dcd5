import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessControl, isAllowed, type Actor, type DeclaredRoute, type Role } from '../server/plugins/access.ts';
import { demoLogins, loginAsDemo, registerClient, type LoggedIn } from './login.ts';
import { createTestApp, type TestApp } from './test-app.ts';

/**
 * Every /api route × every role (and anonymous), built from the route table itself: a
 * route added by any context (requests, orders, accounts, ...) is covered the moment it
 * is registered, with nothing to add here. Each call uses random ids and an empty body,
 * so it is refused for its input or not found when allowed, and refused for access
 * exactly when `isAllowed` says so; never a 5xx.
 */

// A route that refuses an allowed role with 401/403 for a business reason (not access)
// goes here, as 'METHOD /api/url': [roles], with the reason beside it. None so far.
const businessRefusals: Record<string, Role[]> = {};

type Caller = { name: Role | 'anonymous'; roles: Role[] | null; session: LoggedIn | null };

const accessCodes = new Set(['login_required', 'role_forbidden', 'csrf_token_invalid']);

function fill(url: string): string {
  return url.replace(/:[A-Za-z_]+/g, () => randomUUID()).replace(/\*$/, 'anything');
}

describe('the access matrix', () => {
  let t: TestApp;
  const callers: Caller[] = [];

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo' });
    callers.push({ name: 'anonymous', roles: null, session: null });
    for (const role of Object.keys(demoLogins) as Role[]) {
      const session = await loginAsDemo(t.app, role);
      const me = (await t.app.inject({ method: 'GET', url: '/api/me', headers: session.headers })).json() as { actor: Pick<Actor, 'roles'> };
      callers.push({ name: role, roles: me.actor.roles, session });
    }
  });
  afterAll(async () => t.close());

  it('has one demo user per role, each acting with that role', () => {
    for (const caller of callers.filter((c) => c.roles)) expect(caller.roles).toContain(caller.name);
  });

  it('refuses exactly the callers the declared access excludes, on every route, and never fails', async () => {
    const routes: DeclaredRoute[] = t.declaredRoutes.filter((route) => route.method !== 'OPTIONS');
    expect(routes.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const route of routes) {
      for (const caller of callers) {
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: fill(route.url),
          headers: caller.session?.headers ?? {},
          ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { payload: {} } : {}),
        });
        const where = `${route.method} ${route.url} as ${caller.name}: ${res.statusCode} ${res.body.slice(0, 200)}`;
        const code = res.statusCode >= 400 ? (res.json() as { code?: string }).code : undefined;
        const allowed = isAllowed(route.access, caller.roles ? { roles: caller.roles } : null);
        const excused = businessRefusals[`${route.method} ${route.url}`]?.includes(caller.name as Role);
        if (res.statusCode >= 500) failures.push(`5xx: ${where}`);
        else if (!allowed && !caller.roles && !(res.statusCode === 401 && code === 'login_required')) failures.push(`should be 401: ${where}`);
        else if (!allowed && caller.roles && !(res.statusCode === 403 && code === 'role_forbidden')) failures.push(`should be 403: ${where}`);
        else if (allowed && !excused && (res.statusCode === 401 || res.statusCode === 403 || accessCodes.has(code ?? ''))) failures.push(`should pass access: ${where}`);
        // Some routes end the session (logout); log in again so the next calls still act as this role.
        if (caller.session && caller.name !== 'anonymous') {
          const alive = await t.app.inject({ method: 'GET', url: '/api/auth/csrf', headers: caller.session.headers });
          if (alive.statusCode === 401) caller.session = await loginAsDemo(t.app, caller.name);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000); // every route as every caller: a few thousand requests

  it('answers 404, not 403, to a client asking for or changing another client', async () => {
    const alice = await registerClient(t.app);
    const bob = await registerClient(t.app);
    const read = await t.app.inject({ method: 'GET', url: `/api/clients/${bob.clientId}`, headers: alice.headers });
    expect(read.statusCode).toBe(404);
    expect(read.json().code).toBe('client_not_found');
    const change = await t.app.inject({ method: 'PATCH', url: `/api/clients/${bob.clientId}`, headers: alice.headers, payload: { fullName: 'Взломщик' } });
    expect(change.statusCode).toBe(404);
    const unknown = await t.app.inject({ method: 'GET', url: `/api/clients/${randomUUID()}`, headers: alice.headers });
    expect(unknown.json()).toEqual({ ...read.json(), instance: unknown.json().instance, requestId: unknown.json().requestId });
    const own = await t.app.inject({ method: 'GET', url: `/api/clients/${alice.clientId}`, headers: alice.headers });
    expect(own.statusCode).toBe(200);
    const bobAfter = await t.app.inject({ method: 'GET', url: `/api/clients/${bob.clientId}`, headers: bob.headers });
    expect(bobAfter.json().fullName).not.toBe('Взломщик');
  });

  it('lets every staff role read a client', async () => {
    const client = await registerClient(t.app);
    for (const caller of callers.filter((c) => ['operator', 'cashier', 'manager', 'admin'].includes(c.name))) {
      const res = await t.app.inject({ method: 'GET', url: `/api/clients/${client.clientId}`, headers: caller.session?.headers ?? {} });
      expect(res.statusCode, caller.name).toBe(200);
    }
  });

  it('stops the server start when a route declares no access', async () => {
    const app = Fastify();
    await app.register(accessControl, { resolveActor: async () => null, declaredRoutes: [] });
    await expect(
      app.register(async (api) => {
        api.get('/forgotten', async () => ({}));
      }, { prefix: '/api' }).ready(),
    ).rejects.toThrow(/declares no config.access/);
    await app.close().catch(() => undefined);
  });
});
