import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { loginAs } from '../../../test/login.ts';

describe('the first admin', () => {
  let t: TestApp;
  const config = { ADMIN_LOGIN: 'root', ADMIN_PASSWORD: 'slate-bridge-7391' };
  beforeAll(async () => {
    t = await createTestApp({ config });
  });
  afterAll(async () => t.close());

  it('is created at start from ADMIN_LOGIN and ADMIN_PASSWORD, and can manage staff', async () => {
    const root = await loginAs(t.app, 'root', 'slate-bridge-7391');
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/staff', headers: root.headers });
    expect(res.json().items).toEqual([expect.objectContaining({ login: 'root', roles: ['admin'] })]);
  });

  it('is left alone on the next start, even when the variables hold another password', async () => {
    const again = await buildApp({ ...t.deps, config: { ...t.deps.config, ADMIN_PASSWORD: 'other-pass-4412' } });
    await again.app.close();
    await expect(loginAs(t.app, 'root', 'slate-bridge-7391')).resolves.toBeTruthy();
    const root = await loginAs(t.app, 'root', 'slate-bridge-7391');
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/staff', headers: root.headers });
    expect(res.json().items).toHaveLength(1);
  });
});
