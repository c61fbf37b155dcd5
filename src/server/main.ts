import { pino } from 'pino';
import { buildApp, redactedPaths } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/connect.ts';
import { DataDirLockedError } from './db/lock.ts';
import { migrate } from './db/migrate.ts';
import { loadDemoData } from './demo.ts';
import { startJobs } from './jobs.ts';
import { contextModules } from './contexts.ts';
import { closeChannels, createSendJob, inboundSmsHooks, loadChannels } from '../contexts/notifications/index.ts';
import { confirmOrderByBookingNumber } from '../contexts/booking/index.ts';
import { systemClock } from '../shared/clock.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = pino({ level: config.LOG_LEVEL, redact: redactedPaths });
  const database = await openDatabase(config);
  const applied = await migrate(database);
  log.info({ database: database.kind, applied: applied.length }, 'database ready');

  const deps = { config, database, clock: systemClock };
  const demoLines = config.DEMO_DATA ? await loadDemoData(deps, log) : [];
  const { app } = await buildApp(deps, { level: config.LOG_LEVEL });
  // One channel set per process, only where messages are sent from (BACKGROUND_JOBS).
  const channels = config.BACKGROUND_JOBS ? loadChannels(process.env, inboundSmsHooks(deps, app.log, confirmOrderByBookingNumber)) : null;
  // Bind now, not at the first message: the SMSC hands receipts and clients' answers only to a bound client.
  channels?.sms.start?.();
  const backgroundJobs = [...contextModules.flatMap((c) => c.jobs ?? []), ...(channels ? [createSendJob(channels)] : [])];
  const jobs = config.BACKGROUND_JOBS ? startJobs(backgroundJobs, deps, app.log) : null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    await jobs?.stop();
    if (channels) await closeChannels(channels); // after the jobs: no send is cut off mid-way
    await app.close(); // waits for requests in flight, then closes keep-alive connections
    await database.close();
    app.log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.PORT, host: config.HOST });
  const base = `http://localhost:${config.PORT}`;
  const banner = [
    `Ticketing platform on ${database.kind === 'pglite' ? `embedded PGlite (${config.DATA_DIR})` : 'PostgreSQL'}`,
    `  portal:       ${base}/`,
    `  back office:  ${base}/office`,
    `  API docs:     ${base}/api/docs`,
    ...demoLines,
  ];
  process.stdout.write(`\n${banner.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`Start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
