import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from './deps.ts';
import type { Job } from './jobs.ts';
import type { ActorResolver } from './plugins/access.ts';
import { auditModule } from '../contexts/audit/index.ts';
import { bookingModule } from '../contexts/booking/index.ts';
import { catalogModule } from '../contexts/catalog/index.ts';
import { seatMapRoutes } from '../contexts/catalog/seat-map/index.ts';
import { seatLookupRoutes } from '../contexts/catalog/seat-lookup/routes.ts';
import { identityModule, sessionActorResolver } from '../contexts/identity/index.ts';
import { notificationsModule } from '../contexts/notifications/index.ts';
import { paymentsModule } from '../contexts/payments/index.ts';
import { pricingModule } from '../contexts/pricing/index.ts';
import { reportsModule } from '../contexts/reports/index.ts';

/** What a bounded context plugs into the server: its routes (under /api) and its background jobs. */
export interface ContextModule {
  name: string;
  routes?: FastifyPluginAsyncZod<AppDeps>;
  jobs?: Job[];
}

/** The contexts the server is made of; each exports its module from its index.ts. */
export const contextModules: ContextModule[] = [
  identityModule,
  catalogModule,
  { name: 'seat-map', routes: seatMapRoutes },
  { name: 'seat-lookup', routes: seatLookupRoutes },
  auditModule,
  notificationsModule,
  pricingModule,
  bookingModule,
  paymentsModule,
  reportsModule,
];

/** Resolves the session cookie to an actor; the identity context provides it. */
export function actorResolver(deps: AppDeps): ActorResolver {
  return sessionActorResolver(deps);
}
