import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/deps.ts';
import { clientRoutes } from './clients/client-routes.ts';
import { corporateRoutes } from './corporate/corporate-routes.ts';
import { piiKeySource } from './crypto/pii-key.ts';
import { authRoutes } from './sessions/auth-routes.ts';
import { ensureFirstAdmin } from './staff/ensure-first-admin.ts';
import { staffRoutes } from './staff/staff-routes.ts';

/** Every identity route under /api. Building them is also where the start-up duties run. */
export const identityRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  // At build time, before the server listens: a missing or broken key stops the start, not a registration later.
  announcePiiKey(deps, app.log);
  await ensureFirstAdmin(deps, app.log);
  await app.register(authRoutes, deps);
  await app.register(clientRoutes, deps);
  await app.register(staffRoutes, deps);
  await app.register(corporateRoutes, deps);
};

function announcePiiKey(deps: AppDeps, log: FastifyBaseLogger): void {
  const source = piiKeySource(deps.config);
  if (source.origin === 'generated') {
    log.warn({ path: source.path }, 'PII_ENCRYPTION_KEY is not set: generated a new key for personal data into this file. Back it up with the data; set PII_ENCRYPTION_KEY in production.');
  } else if (source.origin === 'data-dir') {
    log.info({ path: source.path }, 'PII_ENCRYPTION_KEY is not set: using the key in this file for personal data');
  }
}
