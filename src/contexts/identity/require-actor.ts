import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../server/plugins/access.ts';
import { notFound, unauthorized } from '../../shared/errors.ts';

/** The actor of a route that declared a non-public access (the access hook already checked it). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized('login_required', 'Log in to do this.');
  return request.actor;
}

export const isStaff = (actor: Actor): boolean => actor.kind === 'staff';

/**
 * Staff may act on any client; a client only on themself. Another client's id answers
 * 404, exactly like an unknown one, so ids reveal nothing.
 */
export function assertMayActOnClient(actor: Actor, clientId: string): void {
  if (isStaff(actor) || actor.clientId === clientId) return;
  throw clientNotFound();
}

export const clientNotFound = () => notFound('client_not_found', 'There is no such client.', { field: 'params.clientId' });
