// Test wiring for the dispatcher: channels pointed at loopback peers (the others not
// configured), and a way to run the background jobs as main.ts would.
import { createServer, type AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import type { Job } from '../../../server/jobs.ts';
import { queryRows } from '../../../server/db/types.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { unconfiguredChannel } from '../channels/channel.ts';
import type { Channels } from '../channels/config.ts';
import { createEmailChannel } from '../channels/email-channel.ts';
import { createTelegramChannel } from '../channels/messenger/telegram-channel.ts';
import { createVkTeamsChannel } from '../channels/messenger/vkteams-channel.ts';
import { createSmsChannel, type SmsHooks } from '../channels/sms/sms-channel.ts';
import { fanOutJob } from '../dispatch/dispatch-jobs.ts';
import { enqueueNotification, type NotificationInput } from '../enqueue-notification.ts';
import { deliveries, type DeliveryRow } from '../tables.ts';

export const botTokens = { vkteams: '001.0123456789.0123456789:1000000001', telegram: '123456:ABC-def_ghi' };
export const smscCredentials = { systemId: 'tickets', password: 'secret' };

export function loopbackChannels(peers: { smtpUrl?: string; smscUrl?: string; botApi?: { vkTeamsUrl: string; telegramUrl: string } }, smsHooks: SmsHooks = {}): Channels {
  return {
    email: peers.smtpUrl ? createEmailChannel({ url: peers.smtpUrl, from: '"Билетная служба" <noreply@tickets.example>', timeoutMs: 2_000 }) : unconfiguredChannel('email'),
    sms: peers.smscUrl
      ? createSmsChannel(
          { url: peers.smscUrl, ...smscCredentials, sourceAddr: 'TICKETS', connectTimeoutMs: 2_000, submitTimeoutMs: 2_000, enquireLinkMs: 60_000, reconnectDelayMs: { min: 50, max: 200 } },
          smsHooks,
        )
      : unconfiguredChannel('sms'),
    vkteams: peers.botApi ? createVkTeamsChannel({ apiUrl: peers.botApi.vkTeamsUrl, token: botTokens.vkteams, timeoutMs: 2_000 }) : unconfiguredChannel('vkteams'),
    telegram: peers.botApi ? createTelegramChannel({ apiUrl: peers.botApi.telegramUrl, token: botTokens.telegram, timeoutMs: 2_000 }) : unconfiguredChannel('telegram'),
  };
}

/** Runs the fan-out job, then the send job, as the background loop would; returns what the send job handled. */
export async function dispatchOnce(t: TestApp, sendJob: Job): Promise<number> {
  await fanOutJob.run(t.deps);
  return sendJob.run(t.deps);
}

/** Puts a message in the outbox in its own transaction, as a business change would. */
export function enqueue(t: TestApp, input: NotificationInput): Promise<string> {
  return t.deps.database.db.transaction((tx) => enqueueNotification(tx, input));
}

export async function deliveriesOf(t: TestApp, messageId: string): Promise<DeliveryRow[]> {
  return t.deps.database.db.select().from(deliveries).where(eq(deliveries.messageId, messageId)).orderBy(deliveries.channel);
}

/** A loopback port nothing listens on (taken and given back), to play a server that is down. */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export const quietLog = { info: () => {}, warn: () => {} };

/** Deliveries not yet final, in the whole database: tests leave none behind for the next. */
export async function openDeliveries(t: TestApp): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.deps.database.db, sql`select count(*)::int as n from deliveries where status in ('pending', 'sending')`);
  return row?.n ?? 0;
}
