import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { forbidden, unauthorized } from '../../shared/errors.ts';

export const roles = ['client', 'corporate', 'operator', 'cashier', 'manager', 'admin'] as const;
export type Role = (typeof roles)[number];
export const staffRoles = ['operator', 'cashier', 'manager', 'admin'] as const satisfies readonly Role[];

/** Who is making the request, as resolved from the session by the identity context. */
export interface Actor {
  userId: string;
  kind: 'client' | 'staff';
  roles: Role[];
  /** The client record a client or corporate representative acts as. */
  clientId: string | null;
  /** The organisation a corporate representative acts for. */
  organizationId: string | null;
  sessionId: string;
  displayName: string;
}

/**
 * Every route declares who may call it in `config.access`; a route without it
 * stops the server at start, so nothing is exposed by forgetting.
 * `public`: anyone; `authenticated`: any logged-in user (the use case then checks
 * that the resource is theirs); a list of roles: only those (admin is not implied).
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export type ActorResolver = (request: FastifyRequest) => Promise<Actor | null>;

export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
}

/** May an actor with these roles call a route with this access? Pure, so tests can build the matrix. */
export function isAllowed(access: Access, actor: Pick<Actor, 'roles'> | null): boolean {
  if (access === 'public') return true;
  if (!actor) return false;
  if (access === 'authenticated') return true;
  return actor.roles.some((role) => access.includes(role));
}

export const accessControl = fp(
  async (app: FastifyInstance, options: { resolveActor: ActorResolver; declaredRoutes: DeclaredRoute[] }) => {
    app.decorateRequest('actor', null);
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api') || route.url.startsWith('/api/docs')) return;
      const access = route.config?.access;
      if (access === undefined) throw new Error(`Route ${String(route.method)} ${route.url} declares no config.access`);
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') options.declaredRoutes.push({ method, url: route.url, access });
      }
    });
    app.addHook('onRequest', async (request) => {
      request.actor = await options.resolveActor(request);
      const access = request.routeOptions.config?.access;
      if (access === undefined || access === 'public') return;
      if (!request.actor) throw unauthorized('login_required', 'Log in to do this.');
      if (!isAllowed(access, request.actor)) throw forbidden('role_forbidden', 'Your role may not do this.');
    });
  },
  { name: 'access-control' },
);
