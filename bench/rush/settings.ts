import { existsSync } from 'node:fs';

// The knobs of `npm run bench:rush`, from the environment; the defaults are the documented run.

const SOCKET_DIR = '/var/run/postgresql';

const num = (name: string, fallback: number): number => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : Number(value);
};

const skipped = new Set((process.env.BENCH_SKIP ?? '').split(',').map((s) => s.trim()).filter(Boolean));

export const settings = {
  /**
   * The PostgreSQL server the scratch databases are made on, for the app and pgbench alike.
   * By default its Unix socket when there is one: the app and the database share the
   * machine, and a socket costs both sides less CPU per round trip than TCP over loopback
   * (docs/benchmarks.md). `BENCH_SERVER_URL=postgres://postgres@127.0.0.1:5432/postgres` for TCP.
   */
  serverUrl: process.env.BENCH_SERVER_URL ?? (existsSync(`${SOCKET_DIR}/.s.PGSQL.5432`) ? `postgres://postgres@localhost/postgres?host=${SOCKET_DIR}` : 'postgres://postgres@127.0.0.1:5432/postgres'),
  /** Use this database (already empty or already with the demo) instead of a scratch one; it is kept. */
  databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
  clients: num('BENCH_CLIENTS', 2000),
  pgliteClients: num('BENCH_PGLITE_CLIENTS', 500),
  /** Share of the stadium sold in the PGlite run (the rest is blocked first). */
  pgliteShare: num('BENCH_PGLITE_SHARE', 0.25),
  connections: num('BENCH_CONNECTIONS', 64),
  processes: num('BENCH_PROCESSES', 4),
  hotClients: num('BENCH_HOT_CLIENTS', 1000),
  hotSeats: num('BENCH_HOT_SEATS', 100),
  warmupRequests: num('BENCH_WARMUP', 300),
  pgbenchSeconds: num('BENCH_PGBENCH_SECONDS', 15),
  firstPort: num('BENCH_PORT', 4100),
  maxSeconds: num('BENCH_MAX_SECONDS', 600),
  /**
   * Connections per server process (DATABASE_POOL_SIZE): by default 20 in all, split over the
   * processes (20 for one, 5 each for four). On two cores 20 kept PostgreSQL busiest: 10
   * (the server's default) left it waiting on commits, 40 gained nothing (docs/benchmarks.md).
   */
  poolSize: (processes: number): number => num('BENCH_POOL_SIZE', Math.max(2, Math.ceil(20 / processes))),
  /** Extra node arguments for the servers, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile them. */
  nodeArgs: (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
  /** Parts to leave out: one, multi, hot, pgbench, pglite. */
  skip: (part: string): boolean => skipped.has(part),
  rush: { bestShare: 0.7, bestZoneShare: 0.1, refreshMs: 1000 },
};
