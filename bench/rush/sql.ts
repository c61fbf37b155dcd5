import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPglite } from '../../src/server/db/connect.ts';
import type { Database } from '../../src/server/db/types.ts';

// The bench's own SQL access, for set-up and the checks: a pg pool on PostgreSQL, or the
// PGlite directory opened in this process while no server holds it (PGlite has one user).

export interface Sql {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface ScratchPostgres {
  name: string;
  url: string;
  drop(): Promise<void>;
}

const adminUrl = (base: string, database: string): string => {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
};

/** A database made for this run on the server of `baseUrl` (dropped by `drop`), or the one named by BENCH_DATABASE_URL, kept. */
export async function scratchPostgres(baseUrl: string, prefix: string, keep: string | undefined): Promise<ScratchPostgres> {
  if (keep) return { name: new URL(keep).pathname.slice(1), url: keep, drop: async () => {} };
  const name = `${prefix}_${Date.now()}`;
  await adminQuery(baseUrl, `create database ${name}`);
  return { name, url: adminUrl(baseUrl, name), drop: () => adminQuery(baseUrl, `drop database if exists ${name} with (force)`) };
}

async function adminQuery(baseUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(baseUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export function postgresSql(url: string): Sql {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return {
    query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    close: () => pool.end(),
  };
}

export function scratchDataDir(): { dir: string; drop(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'tk-rush-'));
  return { dir, drop: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The server's PGlite database, opened here; only while no server runs on `dataDir`. */
export async function pgliteSql(dataDir: string): Promise<Sql> {
  const database: Database = await openPglite(dataDir);
  return {
    query: <T>(text: string, params?: unknown[]) => database.withSession((session) => session.query<T>(text, params)),
    close: () => database.close(),
  };
}
