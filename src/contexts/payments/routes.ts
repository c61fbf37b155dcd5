import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/deps.ts';
import { clientMoneyRoutes } from './routes/client-money-routes.ts';
import { staffMoneyRoutes } from './routes/staff-money-routes.ts';
import { staffStatementRoutes } from './routes/staff-statement-routes.ts';

/** Every payments route under /api. */
export const paymentsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  await app.register(clientMoneyRoutes, deps);
  await app.register(staffMoneyRoutes, deps);
  await app.register(staffStatementRoutes, deps);
};
