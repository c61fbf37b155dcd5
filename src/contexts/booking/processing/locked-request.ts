import type { Db } from '../../../server/db/types.ts';
import { conflict, notFound } from '../../../shared/errors.ts';
import { lockRequest } from '../request-repository.ts';
import type { RequestRow } from '../tables.ts';

export const requestNotFound = () => notFound('request_not_found', 'There is no such request.', { field: 'params.id' });

/** The request, locked for the rest of the transaction; 404 when there is none. */
export async function lockedRequest(tx: Db, id: string): Promise<RequestRow> {
  const request = await lockRequest(tx, id);
  if (!request) throw requestNotFound();
  return request;
}

/** Lines may change only while the request waits for, or is in, processing, and while its hold runs. */
export function assertOpen(request: RequestRow, now: Date): void {
  if (request.status !== 'not_processed' && request.status !== 'in_processing') {
    throw conflict('request_closed', `The request is ${request.status}; it can no longer be changed.`, {
      extra: { currentStatus: request.status },
    });
  }
  if (request.heldUntil.getTime() < now.getTime()) {
    throw conflict('hold_expired', 'The hold of this request has expired; it is being rejected.', {
      extra: { currentStatus: request.status, heldUntil: request.heldUntil.toISOString() },
    });
  }
}
