import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { whoIs } from '../booking-actor.ts';
import type { RequestDetail } from '../contracts.ts';
import { loadRequestDetail } from '../views/load-request-detail.ts';
import { lockedRequest } from './locked-request.ts';
import { moveRequest } from './move-request.ts';

/** An operator takes a waiting request into processing; it is theirs until released or finished. */
export async function takeRequest(deps: AppDeps, actor: Actor, requestId: string): Promise<RequestDetail> {
  return deps.database.db.transaction(async (tx) => {
    const request = await lockedRequest(tx, requestId);
    const taken = await moveRequest(tx, request, 'in_processing', { who: whoIs(actor), now: deps.clock.now(), patch: { assignedTo: actor.userId } });
    return loadRequestDetail(tx, taken, true);
  });
}
