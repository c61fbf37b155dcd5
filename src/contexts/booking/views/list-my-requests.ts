import type { Db } from '../../../server/db/types.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { clientIdOf } from '../booking-actor.ts';
import type { RequestPage } from '../contracts.ts';
import { listRequestPage } from './list-requests.ts';

/** The client's own requests, newest first. */
export async function listMyRequests(db: Db, actor: Actor, page: { limit: number; offset: number }): Promise<RequestPage> {
  return listRequestPage(db, { clientId: clientIdOf(actor) }, page);
}
