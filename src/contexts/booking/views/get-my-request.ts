import type { Db } from '../../../server/db/types.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import type { RequestDetail } from '../contracts.ts';
import { requestNotFound } from '../processing/locked-request.ts';
import { findRequest } from '../request-repository.ts';
import { loadRequestDetail } from './load-request-detail.ts';

/** One of the client's requests with its lines, prices and history; another client's is 404. */
export async function getMyRequest(db: Db, actor: Actor, requestId: string): Promise<RequestDetail> {
  const request = await findRequest(db, requestId);
  if (!request || !actor.clientId || request.clientId !== actor.clientId) throw requestNotFound();
  return loadRequestDetail(db, request, false);
}
