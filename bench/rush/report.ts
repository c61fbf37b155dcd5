import type { SeatAccount } from './checks.ts';
import type { CpuSpent } from './cpu.ts';
import type { HotSeatResult } from './hot-seat.ts';
import type { PgbenchResult } from './pgbench.ts';
import type { Summary } from './stats.ts';

export const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

export function printRun(summary: Summary, account: SeatAccount, cpu: CpuSpent): void {
  say(`  ${summary.label}`);
  say(`    sold out: ${summary.seatsWon} seats in ${f(summary.soldOutSeconds, 1)} s (${summary.created} bookings of ${summary.requests} submissions)`);
  say(`    ${f(summary.seatsPerSecond)} seats/s   ${f(summary.bookingsPerSecond)} bookings/s   ${f(summary.requestsPerSecond)} requests/s`);
  say(`    latency p50 ${f(summary.p50, 1)} ms   p95 ${f(summary.p95, 1)} ms   p99 ${f(summary.p99, 1)} ms   max ${f(summary.max, 0)} ms`);
  say(`    errors: 409 seats_taken ${summary.taken409}   other 4xx ${summary.other4xx}   5xx ${summary.server5xx}   network ${summary.network}`);
  const per = (ms: number | null) => (ms === null ? 'in the server' : `${f(ms / summary.created, 2)} ms`);
  say(`    CPU per booking: server ${per(cpu.serverMs)}, PostgreSQL ${per(cpu.postgresMs)}, load generator ${per(cpu.generatorMs)}`);
  const ours = cpu.serverMs + (cpu.postgresMs ?? 0) + cpu.generatorMs;
  say(`    machine: ${f((100 * cpu.machineBusyMs) / cpu.machineTotalMs)} % busy, of which this run ${f((100 * ours) / cpu.machineTotalMs)} % and others ${f((100 * (cpu.machineBusyMs - ours)) / cpu.machineTotalMs)} %`);
  say(`    SQL: ${account.seats} seats = ${account.free} free + ${account.held} held + ${account.sold} sold + ${account.blocked} blocked; ${account.requests} requests; ${account.violations.length === 0 ? 'nothing held or sold twice' : `VIOLATIONS: ${account.violations.join('; ')}`}`);
}

export function printPgbench(result: PgbenchResult, runs: readonly { summary: Summary; cpu: CpuSpent }[]): void {
  const cost = result.cpuMsPerTransaction;
  say(`  pgbench simple-update (-N, scale ${result.scale}, ${result.clients} clients, ${result.seconds} s): ${f(result.tps)} tps${cost === null ? '' : `, ${f(cost, 3)} ms CPU per transaction`}`);
  for (const { summary, cpu } of runs) {
    const perBooking = (cpu.serverMs + (cpu.postgresMs ?? 0)) / summary.created;
    const costly = cost === null ? '' : `; a booking costs ${f(perBooking, 2)} ms CPU (server + PostgreSQL) = ${f(perBooking / cost, 1)} pgbench transactions`;
    say(`    ${summary.label}: ${f(summary.bookingsPerSecond / result.tps, 2)} of its tps in bookings/s, ${f(summary.requestsPerSecond / result.tps, 2)} in all submissions/s${costly}`);
  }
}

export function printHotSeats(result: HotSeatResult): void {
  const other = [...result.other].map(([k, n]) => `${n} ${k}`).join(', ') || '0';
  say(`  hot seats: ${result.clients} clients at once on ${result.seats} seats in ${f(result.seconds, 2)} s`);
  say(`    won ${result.won} (distinct seats won twice: ${result.seatsWonTwice}), 409 seats_taken ${result.taken409}, other ${other}`);
  say(`    SQL: ${result.heldInDatabase} of the ${result.seats} seats held, ${result.linesInDatabase} request lines name them`);
  say(`    ${result.violations.length === 0 ? 'OK: exactly one winner per seat' : `VIOLATED: ${result.violations.join('; ')}`}`);
}
