import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { whoIs } from '../booking-actor.ts';
import type { RequestDetail } from '../contracts.ts';
import { loadRequestDetail } from '../views/load-request-detail.ts';
import { lockedRequest } from './locked-request.ts';
import { moveRequest } from './move-request.ts';

/** The operator puts a request back in the queue for someone else; its hold keeps running. */
export async function releaseRequest(deps: AppDeps, actor: Actor, requestId: string): Promise<RequestDetail> {
  return deps.database.db.transaction(async (tx) => {
    const request = await lockedRequest(tx, requestId);
    const released = await moveRequest(tx, request, 'not_processed', { who: whoIs(actor), now: deps.clock.now(), patch: { assignedTo: null } });
    return loadRequestDetail(tx, released, true);
  });
}
