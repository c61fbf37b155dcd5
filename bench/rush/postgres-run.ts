import { checkEvent, type SeatAccount } from './checks.ts';
import { countCpu, type CpuSpent } from './cpu.ts';
import { copyClients, logInClients, registerTemplateClient } from './clients.ts';
import { hotSeats, type HotSeatResult } from './hot-seat.ts';
import { keepAliveAgent, type Session } from './http.ts';
import { printHotSeats, printRun, say } from './report.ts';
import { rush } from './rush.ts';
import { type Server, startServer, startServers, stopServers } from './servers.ts';
import { settings } from './settings.ts';
import { concertEvent, loadStadium, matchEvents } from './stadium.ts';
import { summarize, type Summary } from './stats.ts';
import { postgresSql, scratchPostgres, type Sql } from './sql.ts';

export interface PostgresResults {
  runs: { summary: Summary; account: SeatAccount; cpu: CpuSpent }[];
  hot: HotSeatResult | null;
}

/** One app process on the first match, then `processes` on the second (and the hot seats on the third). */
export async function postgresRuns(between: () => Promise<void>): Promise<PostgresResults> {
  const scratch = await scratchPostgres(settings.serverUrl, 'tk_bench', settings.databaseUrl);
  const sql = postgresSql(scratch.url);
  const database = { url: scratch.url };
  const results: PostgresResults = { runs: [], hot: null };
  let servers: Server[] = [];
  try {
    say(`PostgreSQL database ${scratch.name}: loading the demo (first start) and ${settings.clients} clients`);
    const env = (processes: number) => ({ DATABASE_POOL_SIZE: String(settings.poolSize(processes)) });
    servers = [await startServer({ database, port: settings.firstPort, demoData: true, env: env(1), nodeArgs: settings.nodeArgs })];
    const agent = keepAliveAgent(16);
    await registerTemplateClient(agent, servers[0]!);
    await copyClients(sql, settings.clients - 1);
    let started = performance.now();
    const sessions = await logInClients(agent, servers, settings.clients);
    say(`  ${sessions.length} clients logged in through /api/auth/login in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    agent.destroy();
    await between();

    const matches = await matchEvents(sql);
    if (!settings.skip('one')) results.runs.push(await measuredRush(sql, scratch.name, servers, sessions, matches[0]!, '1 process'));
    await stopServers(servers);
    servers = [];
    if (settings.skip('multi') && settings.skip('hot')) return results;

    started = performance.now();
    servers = await startServers(settings.processes, settings.firstPort + 1, { database, demoData: false, env: env(settings.processes), nodeArgs: settings.nodeArgs });
    say(`  ${settings.processes} processes started in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (!settings.skip('multi')) results.runs.push(await measuredRush(sql, scratch.name, servers, sessions, matches[1]!, `${settings.processes} processes`));
    if (!settings.skip('hot')) {
      const hotStadium = await loadStadium(sql, matches[2]!);
      results.hot = await hotSeats(sql, servers, hotStadium, sessions, settings.hotClients, settings.hotSeats);
      printHotSeats(results.hot);
    }
    return results;
  } finally {
    await stopServers(servers);
    await sql.close();
    await scratch.drop();
  }
}

export async function warmUp(sql: Sql, servers: readonly Server[], sessions: readonly Session[]): Promise<void> {
  if (settings.warmupRequests <= 0) return;
  const concert = await loadStadium(sql, { id: await concertEvent(sql), title: 'concert' });
  await rush(servers, concert, sessions, { ...settings.rush, connections: settings.connections, maxSeconds: settings.maxSeconds, maxRequests: settings.warmupRequests * servers.length });
}

async function measuredRush(sql: Sql, database: string, servers: readonly Server[], sessions: readonly Session[], event: { id: string; title: string }, label: string) {
  await warmUp(sql, servers, sessions);
  const stadium = await loadStadium(sql, event);
  say(`  rush on ${event.title} (${stadium.seatCount} seats, ${stadium.zones.length} sectors), ${label}, ${settings.connections} connections, ${settings.poolSize(servers.length)} database connections per process`);
  const stopCounting = await countCpu(servers.map((server) => server.pid), { sql, database });
  const tally = await rush(servers, stadium, sessions, { ...settings.rush, connections: settings.connections, maxSeconds: settings.maxSeconds });
  const cpu = await stopCounting();
  const summary = summarize(`PostgreSQL, ${label}`, tally);
  const account = await checkEvent(sql, event.id);
  printRun(summary, account, cpu);
  return { summary, account, cpu };
}
