import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../audit/index.ts';
import type { Actor } from '../../server/plugins/access.ts';
import { forbidden, unauthorized } from '../../shared/errors.ts';

/** The audit log's and the status history's "who" for a logged-in user. */
export const whoIs = (actor: Pick<Actor, 'userId' | 'kind'>): AuditActor => ({ id: actor.userId, kind: actor.kind });

/** The actor of a route that declared a non-public access (the access hook already checked it). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized('login_required', 'Log in to do this.');
  return request.actor;
}

/** The client a client or corporate representative acts as; a login without one cannot book. */
export function clientIdOf(actor: Actor): string {
  if (!actor.clientId) throw forbidden('client_profile_required', 'Only a registered client can book.');
  return actor.clientId;
}
