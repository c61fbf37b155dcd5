import { readFileSync } from 'node:fs';
import type { Sql } from './sql.ts';

// CPU time spent by each side of a run, read from /proc (Linux): the figures that stay
// meaningful on a shared machine, where wall-clock rates depend on what else runs.

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** User + system CPU of a process in ms, or 0 once it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** Busy and total CPU of the whole machine in ms (all cores), from /proc/stat. */
function machineCpuMs(): { busy: number; total: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const ticks = values.map(Number);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: (total - idle) * TICK_MS, total: total * TICK_MS };
}

async function backendPids(sql: Sql, database: string): Promise<number[]> {
  const rows = await sql.query<{ pid: number }>(`select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [database]);
  return rows.map((row) => row.pid);
}

export interface CpuSpent {
  serverMs: number;
  /** PostgreSQL backends of the database (null on PGlite, which runs inside the server). */
  postgresMs: number | null;
  generatorMs: number;
  /** Everything the machine did meanwhile, ours and everyone else's, and its capacity. */
  machineBusyMs: number;
  machineTotalMs: number;
}

/**
 * Starts counting; the returned function stops and says what each side spent. The
 * database's backends are sampled twice a second, so one that a pool closes during the
 * run (idle too long) still counts with the last CPU it was seen with; one that opens
 * during the run counts from zero.
 */
export async function countCpu(serverPids: readonly number[], postgres: { sql: Sql; database: string } | null): Promise<() => Promise<CpuSpent>> {
  const servers = new Map(serverPids.map((pid) => [pid, processCpuMs(pid)]));
  const backends = new Map<number, { first: number; last: number }>();
  let started = false;
  const sample = async () => {
    if (!postgres) return;
    for (const pid of await backendPids(postgres.sql, postgres.database)) {
      const now = processCpuMs(pid);
      const seen = backends.get(pid);
      if (seen) seen.last = Math.max(seen.last, now);
      else backends.set(pid, { first: started ? 0 : now, last: now });
    }
  };
  await sample();
  started = true;
  const sampler = setInterval(() => void sample().catch(() => {}), 500);
  const generator = process.cpuUsage();
  const machine = machineCpuMs();
  return async () => {
    clearInterval(sampler);
    await sample();
    const serverMs = [...servers].reduce((sum, [pid, before]) => sum + processCpuMs(pid) - before, 0);
    const postgresMs = postgres ? [...backends.values()].reduce((sum, b) => sum + b.last - b.first, 0) : null;
    const used = process.cpuUsage(generator);
    const now = machineCpuMs();
    return {
      serverMs,
      postgresMs,
      generatorMs: (used.user + used.system) / 1000,
      machineBusyMs: now.busy - machine.busy,
      machineTotalMs: now.total - machine.total,
    };
  };
}
