import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from './deps.ts';
import type { Job } from './jobs.ts';
import type { ActorResolver } from './plugins/access.ts';

/** What a bounded context plugs into the server: its routes (under /api) and its background jobs. */
export interface ContextModule {
  name: string;
  routes?: FastifyPluginAsyncZod<AppDeps>;
  jobs?: Job[];
}

/** The contexts the server is made of; each exports its module from its index.ts. */
export const contextModules: ContextModule[] = [];

/** Resolves the session cookie to an actor; the identity context provides it. */
export function actorResolver(_deps: AppDeps): ActorResolver {
  return async () => null;
}
