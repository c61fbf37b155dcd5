import type { AppDeps } from '../../../server/deps.ts';
import type { BroadcastView } from '../contracts.ts';
import { toBroadcastView } from './broadcast-view.ts';
import { listBroadcastRows } from './broadcasts-repository.ts';

/** Broadcasts, newest first. */
export async function listBroadcasts(deps: AppDeps, limit: number): Promise<BroadcastView[]> {
  return (await listBroadcastRows(deps.database.db, limit)).map(toBroadcastView);
}
