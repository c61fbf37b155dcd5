import type { AppDeps } from '../../../server/deps.ts';
import type { StaffUser } from './staff-contracts.ts';
import { listStaff } from './staff-repository.ts';

/** Every staff account, enabled or not, by login. */
export async function listStaffUsers(deps: AppDeps): Promise<StaffUser[]> {
  return listStaff(deps.database.db);
}
