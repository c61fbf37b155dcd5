import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../../server/db/connect.ts';
import { queryRows, type Database } from '../../../server/db/types.ts';
import type { AppDeps } from '../../../server/deps.ts';
import { registerClient } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { closeChannels, type Channels } from '../channels/config.ts';
import { startFakeSmtp, type FakeSmtp } from '../channels/testing/fake-smtp.ts';
import { createSendJob, fanOutJob } from '../dispatch/dispatch-jobs.ts';
import { enqueue, loopbackChannels, openDeliveries } from './dispatch-harness.ts';

const MESSAGES = 40;

describe('two dispatching processes on one database', () => {
  let t: TestApp;
  let second: Database;
  let smtp: FakeSmtp;
  const sets: Channels[] = [];

  beforeAll(async () => {
    t = await createTestApp({ template: 'empty' });
    second = await openPostgres(t.database.url!, 5);
    smtp = await startFakeSmtp();
  });
  afterAll(async () => {
    for (const set of sets) await closeChannels(set);
    await smtp.close();
    await second.close();
    await t.close();
  });

  it('plan and send every message exactly once between them', async () => {
    const client = await registerClient(t.app, { notifications: { email: true, sms: false, messenger: false, news: false } });
    for (let i = 0; i < MESSAGES; i += 1) {
      await enqueue(t, { topic: 'payment_received', clientId: client.clientId, bookingNumber: `AB${i}`, data: { bookingNumber: `AB${i}`, clientName: '', amountKopecks: 100 * i, outstandingKopecks: 0 } });
    }
    const processes: AppDeps[] = [t.deps, { ...t.deps, database: second }];
    const workers = processes.map(async (deps) => {
      const channels = loopbackChannels({ smtpUrl: smtp.url });
      sets.push(channels);
      const send = createSendJob(channels, { batchSize: 5 });
      for (let idle = 0; idle < 3; ) {
        const handled = (await fanOutJob.run(deps)) + (await send.run(deps));
        idle = handled === 0 ? idle + 1 : 0;
      }
    });
    await Promise.all(workers);

    expect(await openDeliveries(t)).toBe(0);
    const ids = smtp.mails.map((m) => m.headers.get('message-id'));
    expect(ids).toHaveLength(MESSAGES);
    expect(new Set(ids).size).toBe(MESSAGES);
    const [counts] = await queryRows<{ deliveries: number; attempts: number }>(
      t.deps.database.db,
      sql`select count(*)::int as deliveries, sum(attempts)::int as attempts from deliveries where status = 'delivered'`,
    );
    expect(counts).toEqual({ deliveries: MESSAGES, attempts: MESSAGES });
  });
});
