import { type AuditActor } from '../../audit/index.ts';
import { releaseHold } from '../../inventory/index.ts';
import { enqueueNotification } from '../../notifications/index.ts';
import type { Db } from '../../../server/db/types.ts';
import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { whoIs } from '../booking-actor.ts';
import type { RequestDetail } from '../contracts.ts';
import type { NotificationTopic } from '../../notifications/index.ts';
import type { RequestRow } from '../tables.ts';
import { loadRequestDetail } from '../views/load-request-detail.ts';
import { lockedRequest } from './locked-request.ts';
import { moveRequest } from './move-request.ts';

/** An operator refuses the whole request, saying why: its hold is released and the client told. */
export async function rejectRequest(deps: AppDeps, actor: Actor, requestId: string, reason: string): Promise<RequestDetail> {
  return deps.database.db.transaction(async (tx) => {
    const request = await lockedRequest(tx, requestId);
    const rejected = await closeRejected(tx, request, { who: whoIs(actor), now: deps.clock.now(), reason, topic: 'request_rejected' });
    return loadRequestDetail(tx, rejected, true);
  });
}

/** `rejected` with the reason, everything held put back on sale, and the client's message: by staff or by the expiry job. */
export async function closeRejected(
  tx: Db,
  request: RequestRow,
  change: { who: AuditActor; now: Date; reason: string; topic: Extract<NotificationTopic, 'request_rejected' | 'hold_expired'> },
): Promise<RequestRow> {
  const rejected = await moveRequest(tx, request, 'rejected', { who: change.who, now: change.now, reason: change.reason, patch: { reason: change.reason } });
  await releaseHold(tx, request.holdId);
  await enqueueNotification(tx, {
    topic: change.topic,
    clientId: request.clientId,
    requestId: request.id,
    bookingNumber: request.bookingNumber,
    data: { bookingNumber: request.bookingNumber, reason: change.reason, clientName: '' },
  });
  return rejected;
}
