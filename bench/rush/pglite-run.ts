import { checkEvent, type SeatAccount } from './checks.ts';
import { countCpu, type CpuSpent } from './cpu.ts';
import { copyClients, logInClients, registerTemplateClient } from './clients.ts';
import { keepAliveAgent } from './http.ts';
import { printRun, say } from './report.ts';
import { rush } from './rush.ts';
import { startServer } from './servers.ts';
import { settings } from './settings.ts';
import { concertEvent, loadStadium, matchEvents } from './stadium.ts';
import { summarize, type Summary } from './stats.ts';
import { pgliteSql, scratchDataDir, type Sql } from './sql.ts';

// The embedded default: one process on a temporary DATA_DIR. PGlite has one user, so the
// set-up and the checks open the directory here while no server runs on it.

export async function pgliteRun(): Promise<{ summary: Summary; account: SeatAccount; cpu: CpuSpent }> {
  const scratch = scratchDataDir();
  const database = { dataDir: scratch.dir };
  try {
    say(`PGlite in ${scratch.dir}: loading the demo (first start) and ${settings.pgliteClients} clients`);
    let server = await startServer({ database, port: settings.firstPort, demoData: true, nodeArgs: settings.nodeArgs });
    const agent = keepAliveAgent(16);
    await registerTemplateClient(agent, server);
    await server.stop();

    const { match, concert } = await withSql(scratch.dir, async (sql) => {
      await copyClients(sql, settings.pgliteClients - 1);
      const [first] = await matchEvents(sql);
      await blockAllBut(sql, first!.id, settings.pgliteShare);
      return { match: first!, concert: await concertEvent(sql) };
    });
    const [stadium, concertStadium] = await withSql(scratch.dir, async (sql) =>
      Promise.all([loadStadium(sql, match), loadStadium(sql, { id: concert, title: 'concert' })]),
    );

    server = await startServer({ database, port: settings.firstPort, demoData: false, nodeArgs: settings.nodeArgs });
    const started = performance.now();
    const sessions = await logInClients(agent, [server], settings.pgliteClients, 4);
    say(`  ${sessions.length} clients logged in in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    agent.destroy();
    const options = { ...settings.rush, connections: settings.connections, maxSeconds: settings.maxSeconds };
    if (settings.warmupRequests > 0) await rush([server], concertStadium, sessions, { ...options, maxRequests: settings.warmupRequests });
    const share = settings.pgliteShare < 1 ? ` (${Math.round(settings.pgliteShare * 100)} % of it on sale, the rest blocked)` : '';
    say(`  rush on ${match.title}${share}: ${stadium.seatCount} seats, 1 process, ${settings.connections} connections`);
    const stopCounting = await countCpu([server.pid], null);
    const tally = await rush([server], stadium, sessions, options);
    const cpu = await stopCounting();
    await server.stop();

    const summary = summarize('PGlite, 1 process', tally);
    const account = await withSql(scratch.dir, (sql) => checkEvent(sql, match.id));
    printRun(summary, account, cpu);
    return { summary, account, cpu };
  } finally {
    scratch.drop();
  }
}

async function withSql<T>(dataDir: string, work: (sql: Sql) => Promise<T>): Promise<T> {
  const sql = await pgliteSql(dataDir);
  try {
    return await work(sql);
  } finally {
    await sql.close();
  }
}

/** Takes all but `share` of the event's seats off sale (whole sectors, the dearest kept), for a shorter run. */
async function blockAllBut(sql: Sql, eventId: string, share: number): Promise<void> {
  if (share >= 1) return;
  await sql.query(
    `with zones as (
       select es.zone_id, sum(count(*)) over (order by p.price_minor desc, es.zone_id) as upto, (select count(*) from event_seats where event_id = $1) as total
       from event_seats es join event_zone_prices p on p.event_id = es.event_id and p.zone_id = es.zone_id
       where es.event_id = $1 group by es.zone_id, p.price_minor)
     update event_seats set status = 'blocked'
     where event_id = $1 and zone_id in (select zone_id from zones where upto > total * $2::float8)`,
    [eventId, share],
  );
}
