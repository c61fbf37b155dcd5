/**
 * The seat map benchmark: `npm run bench:seatmap`.
 *
 * Starts the app on a fresh database (PostgreSQL when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL names a server: a scratch database is created there and dropped
 * afterwards; otherwise PGlite in a temporary directory), loads the demo data, holds
 * a share of the stadium match's seats at random (the worst case for compression),
 * then requests the match's seat map over real HTTP, one at a time and with several
 * at once, and prints p50/p99 latency and the size of the answer raw, gzip and brotli.
 *
 * Knobs: BENCH_REQUESTS (200), BENCH_CONCURRENCY (8), BENCH_HELD_SHARE (0.3).
 * Targets: p50 under 20 ms, under 64 KB compressed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { pino } from 'pino';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openPglite, openPostgres } from '../src/server/db/connect.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { queryRows, type Database } from '../src/server/db/types.ts';
import { loadDemoData } from '../src/server/demo.ts';
import { systemClock } from '../src/shared/clock.ts';

const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const heldShare = Number(process.env.BENCH_HELD_SHARE ?? 0.3);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const say = (line: string) => process.stdout.write(`${line}\n`);

async function openScratchDatabase(): Promise<{ database: Database; label: string; drop(): Promise<void> }> {
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'tk-bench-'));
    const database = await openPglite(dir);
    return { database, label: `PGlite (${dir})`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `tk_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 20);
  return {
    database,
    label: `PostgreSQL (${url.host}/${name})`,
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

interface Answer {
  ms: number;
  status: number;
  bytes: number;
  encoding: string | undefined;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One GET, timed until the last byte of the (still compressed) body has arrived. */
function get(port: number, path: string, acceptEncoding: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () =>
        resolve({ ms: performance.now() - started, status: res.statusCode ?? 0, bytes, encoding: res.headers['content-encoding'] as string | undefined }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function measure(label: string, total: number, parallel: number, call: () => Promise<Answer>): Promise<number> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next += 1;
      const answer = await call();
      if (answer.status !== 200) throw new Error(`${label}: HTTP ${answer.status}`);
      times.push(answer.ms);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  say(`  ${label.padEnd(34)} p50 ${p50.toFixed(1).padStart(6)} ms   p99 ${percentile(times, 99).toFixed(1).padStart(6)} ms   ${(total / seconds).toFixed(0).padStart(5)} req/s`);
  return p50;
}

async function main(): Promise<void> {
  const { database, label, drop } = await openScratchDatabase();
  try {
    say(`Seat map benchmark on ${label}`);
    await migrate(database);
    const deps = { config: loadConfig({ DEMO_DATA: 'true', BACKGROUND_JOBS: 'false' }), database, clock: systemClock };
    const loadStarted = performance.now();
    await loadDemoData(deps, pino({ level: 'warn' }));
    say(`  demo data loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);

    const [match] = await queryRows<{ id: string; title: string }>(database.db, sql`select id, title from events where kind = 'match' order by starts_at limit 1`);
    if (!match) throw new Error('the demo has no match');
    await database.db.execute(sql`
      update event_seats set status = 'held', hold_id = gen_random_uuid(), held_until = now() + interval '1 hour'
      where event_id = ${match.id} and random() < ${heldShare}`);
    // A server's autovacuum would clean up after that update; PGlite has none, so do it here.
    await database.db.execute(sql`vacuum (analyze) event_seats`);
    const [counts] = await queryRows<{ seats: number; taken: number }>(
      database.db,
      sql`select count(*)::int as seats, count(*) filter (where status <> 'free')::int as taken from event_seats where event_id = ${match.id}`,
    );
    say(`  event: ${match.title}, ${counts!.seats} seats, ${counts!.taken} held (${((100 * counts!.taken) / counts!.seats).toFixed(1)} %)`);

    const { app } = await buildApp(deps);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const mapPath = `/api/events/${match.id}/seat-map`;
    const livePath = `/api/events/${match.id}/availability`;
    const browser = 'gzip, deflate, br';

    const cold = await get(port, mapPath, browser);
    say(`  first request (builds the hall geometry): ${cold.ms.toFixed(0)} ms`);
    for (let i = 0; i < 10; i += 1) await get(port, mapPath, browser);

    const sizes: Record<string, number> = {};
    for (const encoding of ['identity', 'gzip', 'br']) {
      const answer = await get(port, mapPath, encoding);
      sizes[encoding] = answer.bytes;
      if (encoding !== 'identity' && answer.encoding !== encoding) throw new Error(`asked for ${encoding}, got ${answer.encoding}`);
    }
    say(`  size: raw ${(sizes.identity! / 1024).toFixed(1)} KB, gzip ${(sizes.gzip! / 1024).toFixed(1)} KB, brotli ${(sizes.br! / 1024).toFixed(1)} KB`);

    say(`  latency over ${requests} requests (accept-encoding: ${browser}):`);
    const p50s = [
      await measure('seat map, one at a time', requests, 1, () => get(port, mapPath, browser)),
      await measure(`seat map, ${concurrency} at a time`, requests, concurrency, () => get(port, mapPath, browser)),
    ];
    await measure('availability only, one at a time', requests, 1, () => get(port, livePath, browser));
    // Every request after a write: no live map can be reused, so each one reads the inventory.
    const touch = () => database.db.execute(sql`update events set description = description where id = ${match.id}`);
    const afterWrite = async () => {
      await touch();
      return get(port, mapPath, browser);
    };
    p50s.push(await measure('seat map after a write, one at a time', Math.min(requests, 100), 1, afterWrite));
    await app.close();

    const sizeOk = Math.max(sizes.gzip!, sizes.br!) < 64 * 1024;
    say(`  targets: p50 < 20 ms: ${p50s.map((p50) => (p50 < 20 ? 'met' : 'MISSED')).join(', ')}; compressed < 64 KB: ${sizeOk ? 'met' : 'MISSED'}`);
  } finally {
    agent.destroy();
    await database.close();
    await drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
