import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../server/plugins/access.ts';
import { unauthorized } from '../../../shared/errors.ts';

/** The actor of a route that declared a non-public access (the access hook already checked it). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized('login_required', 'Log in to do this.');
  return request.actor;
}
