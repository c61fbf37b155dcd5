/**
 * The on-sale rush benchmark (issue 10): `npm run bench:rush`.
 *
 * Sells out the demo stadium's match (80,188 seats) through the real HTTP API: the server
 * runs as child processes (`tsx src/server/main.ts`), first one process on a scratch
 * PostgreSQL database, then several sharing it, then one on embedded PGlite. Clients are
 * registered (one through the API, the rest copied in SQL) and logged in through
 * /api/auth/login; `BENCH_CONNECTIONS` keep-alive connections submit POST /api/requests
 * (1 to 4 adjacent seats, 70 % aimed at the best 10 % of sectors) until nothing is free.
 * Then SQL checks that nothing is held or sold twice. Also: pgbench simple-update as the
 * machine's database limit, and 1,000 clients at once on 100 hot seats (asserted).
 *
 * It prints figures and fails (exit 1) only on a correctness violation, never on speed.
 * Knobs: bench/rush/settings.ts; how to read the output: docs/benchmarks.md.
 */
import { cpus, totalmem } from 'node:os';
import type { CpuSpent } from './cpu.ts';
import { pgbench, type PgbenchResult } from './pgbench.ts';
import { pgliteRun } from './pglite-run.ts';
import { postgresRuns } from './postgres-run.ts';
import { printPgbench, say } from './report.ts';
import { settings } from './settings.ts';
import type { Summary } from './stats.ts';

async function main(): Promise<number> {
  say(`On-sale rush benchmark: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  let limit: PgbenchResult | null = null;
  const runs: { summary: Summary; cpu: CpuSpent }[] = [];
  const violations: string[] = [];

  const postgres = await postgresRuns(async () => {
    if (settings.skip('pgbench')) return;
    limit = await pgbench(settings.serverUrl, { clients: 8, seconds: settings.pgbenchSeconds, scale: 8 });
    say(`  pgbench simple-update: ${limit.tps.toFixed(0)} tps`);
  });
  for (const run of postgres.runs) {
    runs.push(run);
    violations.push(...run.account.violations.map((v) => `${run.summary.label}: ${v}`));
  }
  if (postgres.hot) violations.push(...postgres.hot.violations.map((v) => `hot seats: ${v}`));

  if (!settings.skip('pglite')) {
    const run = await pgliteRun();
    runs.push(run);
    violations.push(...run.account.violations.map((v) => `${run.summary.label}: ${v}`));
  }

  say();
  say('Summary');
  for (const { summary: run } of runs) {
    say(`  ${run.label.padEnd(26)} sold out in ${run.soldOutSeconds.toFixed(1).padStart(6)} s  ${run.seatsPerSecond.toFixed(0).padStart(5)} seats/s  ${run.bookingsPerSecond.toFixed(0).padStart(5)} bookings/s  ${run.requestsPerSecond.toFixed(0).padStart(5)} req/s  p50 ${run.p50.toFixed(1).padStart(6)}  p95 ${run.p95.toFixed(1).padStart(6)}  p99 ${run.p99.toFixed(1).padStart(6)} ms`);
  }
  if (limit) printPgbench(limit, runs.filter((run) => run.summary.label.startsWith('PostgreSQL')));
  if (violations.length > 0) {
    say(`CORRECTNESS VIOLATED:\n  ${violations.join('\n  ')}`);
    return 1;
  }
  say('Correctness: no seat held or sold twice, every seat accounted for.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench:rush failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
