import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { scratchPostgres } from './sql.ts';

const run = promisify(execFile);

export interface PgbenchResult {
  tps: number;
  clients: number;
  seconds: number;
  scale: number;
}

/** The machine's database limit: pgbench simple-update (-N) on its own scratch database, dropped after. */
export async function pgbench(baseUrl: string, options: { clients: number; seconds: number; scale: number }): Promise<PgbenchResult> {
  const scratch = await scratchPostgres(baseUrl, 'tk_pgbench', undefined);
  try {
    const url = new URL(scratch.url);
    const args = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres')];
    await run('pgbench', [...args, '-i', '-q', '-s', String(options.scale), scratch.name]);
    const { stdout } = await run('pgbench', [...args, '-N', '-c', String(options.clients), '-j', '2', '-T', String(options.seconds), scratch.name]);
    const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
    if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
    return { tps: Number(tps), ...options };
  } finally {
    await scratch.drop();
  }
}
