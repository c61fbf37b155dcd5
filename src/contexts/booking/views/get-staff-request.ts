import type { Db } from '../../../server/db/types.ts';
import type { RequestDetail } from '../contracts.ts';
import { requestNotFound } from '../processing/locked-request.ts';
import { findRequest } from '../request-repository.ts';
import { loadRequestDetail } from './load-request-detail.ts';

/** A request as an operator sees it: lines, what its hold has now, history. */
export async function getStaffRequest(db: Db, requestId: string): Promise<RequestDetail> {
  const request = await findRequest(db, requestId);
  if (!request) throw requestNotFound();
  return loadRequestDetail(db, request, true);
}
