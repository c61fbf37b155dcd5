import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { processCpuMs } from './cpu.ts';
import { postgresSql, scratchPostgres } from './sql.ts';

const run = promisify(execFile);

export interface PgbenchResult {
  tps: number;
  clients: number;
  seconds: number;
  scale: number;
  /** CPU per transaction (pgbench's backends and pgbench itself), measured over the middle of the run. */
  cpuMsPerTransaction: number | null;
}

/** The machine's database limit: pgbench simple-update (-N) on its own scratch database, dropped after. */
export async function pgbench(baseUrl: string, options: { clients: number; seconds: number; scale: number }): Promise<PgbenchResult> {
  const scratch = await scratchPostgres(baseUrl, 'tk_pgbench', undefined);
  const sql = postgresSql(baseUrl);
  try {
    const url = new URL(scratch.url);
    // The same way in as the app's: a socket directory (`?host=/var/run/postgresql`) or TCP.
    const args = ['-h', url.searchParams.get('host') ?? url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres')];
    await run('pgbench', [...args, '-i', '-q', '-s', String(options.scale), scratch.name]);
    const child = spawn('pgbench', [...args, '-N', '-c', String(options.clients), '-j', '2', '-T', String(options.seconds), scratch.name]);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    // CPU of its backends and of pgbench itself, from a second in until a second before the end.
    const sample = async () => {
      const backends = await sql.query<{ pid: number }>(`select pid from pg_stat_activity where datname = $1`, [scratch.name]);
      return [child.pid ?? 0, ...backends.map((b) => b.pid)].reduce((sum, pid) => sum + processCpuMs(pid), 0);
    };
    await new Promise((done) => setTimeout(done, 1000));
    const start = { cpu: await sample(), at: performance.now() };
    await new Promise((done) => setTimeout(done, Math.max(1000, (options.seconds - 2) * 1000)));
    const end = { cpu: await sample(), at: performance.now() };
    await exited;
    const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
    if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
    const transactions = Number(tps) * ((end.at - start.at) / 1000);
    return { tps: Number(tps), ...options, cpuMsPerTransaction: transactions > 0 ? (end.cpu - start.cpu) / transactions : null };
  } finally {
    await sql.close();
    await scratch.drop();
  }
}
