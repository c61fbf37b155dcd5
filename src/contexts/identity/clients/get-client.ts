import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { assertMayActOnClient, clientNotFound } from '../require-actor.ts';
import type { ClientProfile } from './client-contracts.ts';
import { findClientProfile } from './clients-repository.ts';

/** A client's profile, for staff or for the client themself (404 for anyone else). */
export async function getClient(deps: AppDeps, actor: Actor, clientId: string): Promise<ClientProfile> {
  assertMayActOnClient(actor, clientId);
  const profile = await findClientProfile(deps.database.db, clientId);
  if (!profile) throw clientNotFound();
  return profile;
}

