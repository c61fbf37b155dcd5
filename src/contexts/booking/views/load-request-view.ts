import type { Db } from '../../../server/db/types.ts';
import type { RequestView } from '../contracts.ts';
import { findOrderOfRequest } from '../order-repository.ts';
import { linesOf } from '../request-repository.ts';
import type { RequestRow } from '../tables.ts';
import { toRequestView } from './to-view.ts';

/** A request as the API shows it: its lines and the order it formed, if any. */
export async function loadRequestView(db: Db, request: RequestRow): Promise<RequestView> {
  const [lines, order] = [await linesOf(db, request.id), await findOrderOfRequest(db, request.id)];
  return toRequestView(request, lines, order);
}
