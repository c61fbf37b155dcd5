import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/deps.ts';
import { eventRoutes } from './events/event-routes.ts';
import { filmRoutes } from './films/film-routes.ts';
import { serviceRoutes } from './services/service-routes.ts';
import { venueRoutes } from './venues/venue-routes.ts';

/** The catalog API under /api: public reads, and the manager's writes (`access: ['manager']`). */
export const catalogRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  await app.register(venueRoutes, deps);
  await app.register(filmRoutes, deps);
  await app.register(eventRoutes, deps);
  await app.register(serviceRoutes, deps);
};
