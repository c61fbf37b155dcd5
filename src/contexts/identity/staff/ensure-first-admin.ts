import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../../server/deps.ts';
import { isAppError } from '../../../shared/errors.ts';
import { systemActor } from '../../audit/index.ts';
import { findUserByLogin } from '../users-repository.ts';
import { createStaffUser } from './create-staff-user.ts';

/**
 * Creates the admin named by ADMIN_LOGIN / ADMIN_PASSWORD when no user has that login
 * yet; an existing account is left alone (its password is not reset from the environment).
 */
export async function ensureFirstAdmin(deps: AppDeps, log: FastifyBaseLogger): Promise<void> {
  const { ADMIN_LOGIN: login, ADMIN_PASSWORD: password } = deps.config;
  if (!login || !password) return;
  if (await findUserByLogin(deps.database.db, login)) return;
  try {
    await createStaffUser(
      deps.database.db,
      { login, password, displayName: 'Administrator', email: null, roles: ['admin'] },
      { actor: systemActor, now: deps.clock.now() },
    );
    log.info({ login }, 'first admin created from ADMIN_LOGIN');
  } catch (error) {
    if (isAppError(error) && error.code === 'login_taken') return; // another process created it meanwhile
    if (isAppError(error) && error.code === 'password_too_weak') throw new Error(`ADMIN_PASSWORD is not accepted: ${error.message}`, { cause: error });
    throw error;
  }
}
