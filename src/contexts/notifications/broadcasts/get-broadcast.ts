import type { AppDeps } from '../../../server/deps.ts';
import { notFound } from '../../../shared/errors.ts';
import type { BroadcastProgressView } from '../contracts.ts';
import { toProgressView } from './broadcast-view.ts';
import { broadcastCounts, findBroadcast } from './broadcasts-repository.ts';

export const broadcastNotFound = () => notFound('broadcast_not_found', 'There is no such broadcast.', { field: 'params.broadcastId' });

/** A broadcast with its progress: recipients queued, messages planned, deliveries by status and channel. */
export async function getBroadcast(deps: AppDeps, broadcastId: string): Promise<BroadcastProgressView> {
  const { db } = deps.database;
  const row = await findBroadcast(db, broadcastId);
  if (!row) throw broadcastNotFound();
  return toProgressView(row, await broadcastCounts(db, broadcastId));
}
