import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/deps.ts';
import { linkSigningKey } from './link-signing-key.ts';
import { boxOfficeRoutes } from './routes/box-office-routes.ts';
import { orderRoutes } from './routes/order-routes.ts';
import { requestRoutes } from './routes/request-routes.ts';
import { staffOrderRoutes } from './routes/staff-order-routes.ts';
import { staffRoutes } from './routes/staff-routes.ts';
import { ticketRoutes } from './routes/ticket-routes.ts';

/** Every booking route under /api. */
export const bookingRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  if (linkSigningKey(deps.config).origin === 'generated') {
    app.log.warn('LINK_SIGNING_KEY is not set: generated a key for confirmation links; links sent before a restart will not work. Set LINK_SIGNING_KEY in production.');
  }
  await app.register(requestRoutes, deps);
  await app.register(staffRoutes, deps);
  await app.register(orderRoutes, deps);
  await app.register(boxOfficeRoutes, deps);
  await app.register(ticketRoutes, deps);
  await app.register(staffOrderRoutes, deps);
};
