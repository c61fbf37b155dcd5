import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../server/deps.ts';
import type { Actor, ActorResolver } from '../../../server/plugins/access.ts';
import { forbidden } from '../../../shared/errors.ts';
import { sameSecret } from '../crypto/secret-token.ts';
import { actorRoles } from '../rules/actor-roles.ts';
import { sessionTokenOf } from './session-cookie.ts';
import { sessionPolicy } from './session-policy.ts';
import { findLiveSession } from './sessions-repository.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Writes that need no anti-forgery token: login and registration start a session rather than use one. */
    csrfExempt?: boolean;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
// The CSRF token of the request's session, so GET /api/auth/csrf needs no second query.
const csrfTokens = new WeakMap<FastifyRequest, string>();

export const csrfTokenOf = (request: FastifyRequest): string | null => csrfTokens.get(request) ?? null;

/**
 * Resolves the `sid` cookie to the actor (one indexed query), and refuses a write made
 * with the cookie that does not echo the session's token in `x-csrf-token`: another site
 * can make the browser send the cookie, but cannot read the token.
 */
export function sessionActorResolver(deps: AppDeps): ActorResolver {
  const policy = sessionPolicy(deps.config);
  return async (request) => {
    const token = sessionTokenOf(request);
    if (!token) return null;
    const row = await findLiveSession(deps.database.db, token, deps.clock.now(), policy);
    if (!row) return null;
    if (!safeMethods.has(request.method) && !request.routeOptions.config?.csrfExempt) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, row.csrf_token)) {
        throw forbidden('csrf_token_invalid', 'This change needs the x-csrf-token header of your session (GET /api/auth/csrf).');
      }
    }
    csrfTokens.set(request, row.csrf_token);
    const actor: Actor = {
      userId: row.user_id,
      kind: row.kind,
      roles: actorRoles(row.roles, row.organization_id),
      clientId: row.client_id,
      organizationId: row.organization_id,
      sessionId: row.session_id,
      displayName: row.display_name,
    };
    return actor;
  };
}
