import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgliteExtensions, wrapPglite, openPostgres } from '../server/db/connect.ts';
import { migrate } from '../server/db/migrate.ts';
import { templateKinds, prepareTemplate, type TemplateKind } from './templates.ts';

declare module 'vitest' {
  interface ProvidedContext {
    pgliteTemplates: Record<TemplateKind, string>;
    postgresTemplates: Record<TemplateKind, string> | null;
    postgresAdminUrl: string | null;
  }
}

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Migrates one database per template kind once per run: a PGlite data directory
 * dumped to a file, and on PostgreSQL a template database. Each test file then
 * copies one, which costs about a second instead of a fresh migration.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'ticketing-test-'));
  const pgliteTemplates = {} as Record<TemplateKind, string>;
  for (const kind of templateKinds) {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    const database = wrapPglite(client);
    await migrate(database);
    await prepareTemplate(kind, database);
    const dump = await client.dumpDataDir('none');
    const file = join(dir, `${kind}.tar`);
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    pgliteTemplates[kind] = file;
  }
  project.provide('pgliteTemplates', pgliteTemplates);

  const adminUrl = process.env.TEST_DATABASE_URL ?? null;
  let postgresTemplates: Record<TemplateKind, string> | null = null;
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  if (adminUrl) {
    postgresTemplates = {} as Record<TemplateKind, string>;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    for (const kind of templateKinds) {
      const name = `tk_tpl_${kind}_${runId}`;
      await admin.query(`create database ${name}`);
      const database = await openPostgres(databaseUrl(adminUrl, name), 2);
      await migrate(database);
      await prepareTemplate(kind, database);
      await database.close();
      postgresTemplates[kind] = name;
    }
    await admin.end();
  }
  project.provide('postgresTemplates', postgresTemplates);
  project.provide('postgresAdminUrl', adminUrl);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (!adminUrl || !postgresTemplates) return;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    for (const name of Object.values(postgresTemplates)) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
