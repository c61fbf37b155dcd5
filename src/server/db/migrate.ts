import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, RawSession } from './types.ts';

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Migration {
  name: string;
  sql: string;
}

/**
 * Migrations are plain SQL files, owned by the context whose tables they create
 * (`src/contexts/<context>/migrations/NNNN_name.sql`, core ones in `src/server/db/migrations`).
 * They run in the order of their file names; each context has its own number range
 * (see docs/adr/0002-sql-migrations.md), so names never collide.
 */
export function listMigrations(): Migration[] {
  const folders = [join(srcDir, 'server', 'db', 'migrations')];
  const contexts = join(srcDir, 'contexts');
  for (const context of readdirSync(contexts)) folders.push(join(contexts, context, 'migrations'));
  const files = folders
    .filter((folder) => existsSync(folder))
    .flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.sql')).map((f) => join(folder, f)));
  return files
    .map((file) => ({ name: basename(file, '.sql'), sql: readFileSync(file, 'utf8') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

// Any fixed number: several app processes starting at once on PostgreSQL take turns.
const MIGRATION_LOCK = 7_300_001;

async function applyPending(session: RawSession, migrations: Migration[]): Promise<string[]> {
  await session.exec(
    'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
  );
  const applied = new Set((await session.query<{ name: string }>('select name from schema_migrations')).map((r) => r.name));
  const done: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    await session.exec('begin');
    try {
      await session.exec(migration.sql);
      await session.query('insert into schema_migrations (name) values ($1)', [migration.name]);
      await session.exec('commit');
    } catch (error) {
      await session.exec('rollback');
      throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
    }
    done.push(migration.name);
  }
  return done;
}

/** Applies every migration not yet applied; returns the names it applied. */
export async function migrate(database: Database, migrations = listMigrations()): Promise<string[]> {
  return database.withSession(async (session) => {
    if (database.kind === 'pglite') return applyPending(session, migrations);
    await session.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      return await applyPending(session, migrations);
    } finally {
      await session.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  });
}

export async function schemaVersion(database: Database): Promise<{ version: string | null; applied: number }> {
  return database.withSession(async (session) => {
    const rows = await session.query<{ name: string | null; applied: number }>(
      'select max(name) as name, count(*)::int as applied from schema_migrations',
    );
    return { version: rows[0]?.name ?? null, applied: rows[0]?.applied ?? 0 };
  });
}
