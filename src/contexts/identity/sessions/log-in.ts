import type { AppDeps } from '../../../server/deps.ts';
import { AppError, forbidden, tooManyRequests } from '../../../shared/errors.ts';
import { actorSummary, type ActorSummary } from '../actor-summary.ts';
import { verifyDecoy, verifyPassword } from '../crypto/password-hash.ts';
import { addressKey, addressPolicy, loginKey, loginPolicy } from '../rules/login-throttle.ts';
import { findUserByLogin } from '../users-repository.ts';
import { sessionPolicy } from './session-policy.ts';
import { deleteSessionByToken, insertSession, type StartedSession } from './sessions-repository.ts';
import { clearFailures, recordFailures, secondsBlocked } from './throttle-repository.ts';

export interface LogInInput {
  login: string;
  password: string;
  ip: string;
  /** The session cookie the browser still had: it is ended, so a session id planted before login is useless. */
  previousToken: string | null;
}

// One answer for an unknown login and a wrong password: nothing tells which accounts exist.
const invalidCredentials = () => new AppError({ code: 'invalid_credentials', status: 401, message: 'Wrong login or password.' });

/** Starts a new session for a client code, email or staff login with its password; slows down guessing. */
export async function logIn(deps: AppDeps, input: LogInInput): Promise<{ session: StartedSession; actor: ActorSummary }> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const keys = [
    { key: loginKey(input.login), policy: loginPolicy },
    { key: addressKey(input.ip), policy: addressPolicy },
  ];
  const wait = await secondsBlocked(db, keys.map((k) => k.key), now);
  if (wait > 0) throw tooManyRequests('too_many_attempts', `Too many failed logins. Try again in ${wait} s.`, wait);

  const user = await findUserByLogin(db, input.login);
  const matches = user ? await verifyPassword(user.passwordHash, input.password) : await verifyDecoy(input.password);
  if (!user || !matches) {
    await recordFailures(db, keys, now);
    throw invalidCredentials();
  }
  if (user.disabledAt) throw forbidden('account_disabled', 'This account is disabled. Ask an administrator.');

  return db.transaction(async (tx) => {
    if (input.previousToken) await deleteSessionByToken(tx, input.previousToken);
    for (const typed of new Set([input.login, user.login, user.email ?? ''])) await clearFailures(tx, loginKey(typed));
    const session = await insertSession(tx, user.id, now, sessionPolicy(deps.config));
    return { session, actor: await actorSummary(tx, user) };
  });
}
