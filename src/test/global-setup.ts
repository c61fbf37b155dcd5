import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgliteExtensions, wrapPglite, openPostgres } from '../server/db/connect.ts';
import { listMigrations, migrate } from '../server/db/migrate.ts';
import { templateKinds, prepareTemplate, type TemplateKind } from './templates.ts';

declare module 'vitest' {
  interface ProvidedContext {
    pgliteTemplates: Record<TemplateKind, string>;
    postgresTemplates: Record<TemplateKind, string> | null;
    postgresAdminUrl: string | null;
  }
}

const root = join(import.meta.dirname, '..', '..');
const cacheDir = join(root, '.tmp', 'test-templates');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A template is rebuilt only when the migrations or the demo data code change. */
function templateHash(): string {
  const hash = createHash('sha256');
  for (const migration of listMigrations()) hash.update(migration.name).update(migration.sql);
  const contexts = join(root, 'src', 'contexts');
  const demoFiles = readdirSync(contexts).flatMap((context) => filesUnder(join(contexts, context, 'demo')));
  for (const file of [...demoFiles, join(root, 'src', 'test', 'templates.ts'), join(root, 'src', 'server', 'demo.ts')].sort()) {
    hash.update(relative(root, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

async function buildPgliteTemplate(kind: TemplateKind, file: string): Promise<void> {
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const database = wrapPglite(client);
  await migrate(database);
  await prepareTemplate(kind, database);
  const dump = await client.dumpDataDir('none');
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file); // a crash never leaves a half-written template behind
  await database.close();
}

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function ensurePostgresTemplates(adminUrl: string, hash: string): Promise<Record<TemplateKind, string>> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const existing = new Set(
      (await admin.query<{ datname: string }>("select datname from pg_database where datname like 'tk_tpl_%'")).rows.map((r) => r.datname),
    );
    const templates = {} as Record<TemplateKind, string>;
    for (const kind of templateKinds) {
      const name = `tk_tpl_${kind}_${hash}`;
      templates[kind] = name;
      if (existing.has(name)) continue;
      const building = `${name}_building_${process.pid}`;
      await admin.query(`create database ${building}`);
      const database = await openPostgres(databaseUrl(adminUrl, building), 2);
      await migrate(database);
      await prepareTemplate(kind, database);
      await database.close();
      try {
        await admin.query(`alter database ${building} rename to ${name}`);
      } catch {
        await admin.query(`drop database if exists ${building} with (force)`); // another run built it meanwhile
      }
    }
    // Templates of older schemas are no longer needed; only CI removes them, since
    // on a developer's machine another run may still be copying one.
    for (const name of process.env.CI ? existing : []) {
      if (!Object.values(templates).includes(name) && !name.includes('_building_')) {
        await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
      }
    }
    return templates;
  } finally {
    await admin.end();
  }
}

/**
 * Migrates one database per template kind, and keeps it between runs while the
 * schema and the demo data code stay the same: a PGlite data directory dumped to a
 * file, and on PostgreSQL a template database. Each test file copies one.
 */
export default async function setup(project: TestProject) {
  const hash = templateHash();
  mkdirSync(cacheDir, { recursive: true });
  const pgliteTemplates = {} as Record<TemplateKind, string>;
  for (const kind of templateKinds) {
    const file = join(cacheDir, `${kind}-${hash}.tar`);
    if (!existsSync(file)) await buildPgliteTemplate(kind, file);
    pgliteTemplates[kind] = file;
  }
  for (const name of process.env.CI ? readdirSync(cacheDir) : []) {
    if (!name.includes(hash)) rmSync(join(cacheDir, name), { force: true });
  }
  project.provide('pgliteTemplates', pgliteTemplates);

  const adminUrl = process.env.TEST_DATABASE_URL ?? null;
  project.provide('postgresAdminUrl', adminUrl);
  project.provide('postgresTemplates', adminUrl ? await ensurePostgresTemplates(adminUrl, hash) : null);
}
