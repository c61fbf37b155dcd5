import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { unauthorized } from '../../../shared/errors.ts';
import { actorSummary, type ActorSummary } from '../actor-summary.ts';
import { findUserById } from '../users-repository.ts';
import type { ClientProfile } from './client-contracts.ts';
import { findClientProfile } from './clients-repository.ts';

export interface Me {
  actor: ActorSummary;
  client: ClientProfile | null;
  staff: { login: string; email: string | null } | null;
}

/** The logged-in user: who they act as, and their client profile or staff account. */
export async function getMe(deps: AppDeps, actor: Actor): Promise<Me> {
  const { db } = deps.database;
  const user = await findUserById(db, actor.userId);
  if (!user) throw unauthorized('login_required', 'Log in to do this.');
  const client = actor.clientId ? await findClientProfile(db, actor.clientId) : null;
  return {
    actor: await actorSummary(db, user),
    client,
    staff: user.kind === 'staff' ? { login: user.login, email: user.email } : null,
  };
}
