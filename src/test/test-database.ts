import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPostgres, pgliteExtensions, wrapPglite } from '../server/db/connect.ts';
import type { Database } from '../server/db/types.ts';
import type { TemplateKind } from './templates.ts';

export type TestDbKind = 'pglite' | 'postgres';

/** The database kind this test project runs on (set per vitest project). */
export function testDbKind(): TestDbKind {
  return process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase extends Database {
  /** For PostgreSQL: the URL of this test's own database (to start more app processes on it). */
  url: string | null;
}

function urlFor(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database of its own for one test file, copied from a migrated template. */
export async function createTestDatabase(template: TemplateKind = 'empty', kind: TestDbKind = testDbKind()): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const file = inject('pgliteTemplates')[template];
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]), extensions: pgliteExtensions });
    return { ...wrapPglite(client), url: null };
  }
  const adminUrl = inject('postgresAdminUrl');
  const templates = inject('postgresTemplates');
  if (!adminUrl || !templates) throw new Error('TEST_DATABASE_URL is not set: PostgreSQL tests cannot run');
  const name = `tk_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${templates[template]}`);
  } finally {
    await admin.end();
  }
  const url = urlFor(adminUrl, name);
  const database = await openPostgres(url, 20);
  return {
    ...database,
    url,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
