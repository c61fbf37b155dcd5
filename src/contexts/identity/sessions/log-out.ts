import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { deleteSessionById, deleteSessionByToken, deleteSessionsOfUser } from './sessions-repository.ts';

/** Ends the session the cookie names; ending one that is already gone is fine. */
export async function logOut(deps: AppDeps, token: string | null, actor: Actor | null): Promise<void> {
  if (actor) await deleteSessionById(deps.database.db, actor.sessionId);
  else if (token) await deleteSessionByToken(deps.database.db, token);
}

/** Ends every session of the actor's account, on every device, this one included. */
export async function logOutEverywhere(deps: AppDeps, actor: Actor): Promise<number> {
  return deleteSessionsOfUser(deps.database.db, actor.userId);
}
