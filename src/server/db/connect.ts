import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database, Db } from './types.ts';
import { lockDataDir } from './lock.ts';

// Bigint columns (money sums, counts) come back as JS numbers: every amount we
// store fits in 2^53 kopecks, and strings would leak into every caller.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export const pgliteExtensions = { btree_gist, citext };

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  // Named statements (src/server/db/prepared.ts) are the hot path's fixed-shape queries:
  // always their generic plan, planned once per connection. Left to choose, PostgreSQL
  // re-planned some on every call (0.55 ms each for the quote's seats and events), when
  // the estimate of an array parameter made the generic plan look dearer. Unnamed
  // statements, all the others, are planned for their values as before.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c plan_cache_mode=force_generic_plan' });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Nothing to do here.
  });
  await pool.query('select 1');
  return {
    kind: 'postgres',
    db: drizzlePostgres(pool) as unknown as Db,
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work({
          exec: async (text) => {
            await client.query(text);
          },
          query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
        });
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Opens an existing PGlite instance (tests hand in one loaded from a template). */
export function wrapPglite(client: PGlite, onClose: () => void = () => {}): Database {
  return {
    kind: 'pglite',
    db: drizzlePglite(client) as unknown as Db,
    withSession: (work) =>
      work({
        exec: async (text) => {
          await client.exec(text);
        },
        query: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
      }),
    async close() {
      await client.close();
      onClose();
    },
  };
}

export async function openPglite(dataDir: string): Promise<Database> {
  const lock = lockDataDir(dataDir);
  try {
    const pgdata = join(resolve(dataDir), 'pglite');
    mkdirSync(pgdata, { recursive: true });
    const client = await PGlite.create({ dataDir: pgdata, extensions: pgliteExtensions });
    return wrapPglite(client, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

export async function openDatabase(config: { DATABASE_URL?: string | undefined; DATA_DIR: string; DATABASE_POOL_SIZE: number }): Promise<Database> {
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL, config.DATABASE_POOL_SIZE) : openPglite(config.DATA_DIR);
}
