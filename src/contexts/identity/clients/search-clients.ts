import type { AppDeps } from '../../../server/deps.ts';
import type { ClientProfile } from './client-contracts.ts';
import { searchClientProfiles } from './clients-repository.ts';

/** Staff look-up of clients by name, client code, email or phone digits (box office, operators). */
export async function searchClients(deps: AppDeps, input: { search?: string | undefined; limit: number }): Promise<ClientProfile[]> {
  return searchClientProfiles(deps.database.db, input.search, input.limit);
}
