import type { FastifyRequest } from 'fastify';
import { systemActor } from '../../audit/index.ts';
import type { AppDeps } from '../../../server/deps.ts';
import type { Change } from './change.ts';

/** The change a manager's request makes: who (from the session), which request, and when (the app's clock). */
export function changeOf(request: FastifyRequest, deps: AppDeps): Change {
  const actor = request.actor;
  return {
    by: actor ? { id: actor.userId, kind: actor.kind } : systemActor,
    requestId: String(request.id),
    now: deps.clock.now(),
  };
}

/** Route config of the public catalog: anyone may read it. */
export const publicRead = { access: 'public' } as const;

/** Route config of the manager's catalog API. */
export const managerOnly = { access: ['manager'] } as const;

export const publicTags = ['catalog'];
export const managerTags = ['catalog: manager'];
export const managerSecurity = [{ session: [] }];
