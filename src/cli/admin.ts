// Creates an admin account from the command line (the first one, or another):
//   npm run admin:create -- --login root --password 'a long passphrase' [--name 'Ivan Petrov'] [--email root@example.com]
// The password may come from ADMIN_PASSWORD instead of --password, to keep it out of the shell history.
// Uses the same database as the server (DATABASE_URL, or PGlite in DATA_DIR: stop the server first).
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/connect.ts';
import { DataDirLockedError } from '../server/db/lock.ts';
import { migrate } from '../server/db/migrate.ts';
import { isAppError } from '../shared/errors.ts';
import { systemActor } from '../contexts/audit/index.ts';
import { createStaffBody, createStaffUser } from '../contexts/identity/index.ts';

const usage = "usage: npm run admin:create -- --login <login> --password <password> [--name <display name>] [--email <email>]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { login: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' } },
    strict: true,
  });
  const password = values.password ?? process.env.ADMIN_PASSWORD;
  if (!values.login || !password) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const input = createStaffBody.safeParse({ login: values.login, password, displayName: values.name ?? 'Administrator', email: values.email ?? null, roles: ['admin'] });
  if (!input.success) {
    process.stderr.write(`${input.error.issues.map((issue) => `--${issue.path.join('.').replace('displayName', 'name')}: ${issue.message}`).join('\n')}\n`);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrate(database);
    const admin = await createStaffUser(
      database.db,
      input.data,
      { actor: systemActor, now: new Date() },
    );
    process.stdout.write(`Admin "${admin.login}" created (user ${admin.userId}).\n`);
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    process.stderr.write(`Not created: ${error.message}\n`);
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof DataDirLockedError || (error instanceof TypeError && 'code' in error);
    process.stderr.write(`${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n${known ? usage : ''}\n`);
    process.exit(1);
  },
);
