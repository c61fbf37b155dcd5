import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { closeChannels, type Channels } from '../channels/config.ts';
import { startFakeSmtp, type FakeSmtp } from '../channels/testing/fake-smtp.ts';
import { createSendJob } from '../dispatch/dispatch-jobs.ts';
import { claimDueDeliveries } from '../dispatch/deliveries-repository.ts';
import { fanOutJob } from '../dispatch/dispatch-jobs.ts';
import { deliveriesOf, dispatchOnce, enqueue, loopbackChannels, openDeliveries, unusedPort } from './dispatch-harness.ts';

const SECOND = 1_000;
const orderUrl = 'https://tickets.example/orders/AB23CX?tab=tickets&lang=ru';
const processed = (clientId: string) => ({
  topic: 'request_processed' as const,
  clientId,
  bookingNumber: 'AB23CX',
  data: {
    bookingNumber: 'AB23CX', clientName: '', timeZone: 'Europe/Moscow', totalKopecks: 123450, orderUrl,
    event: { title: 'Щелкунчик', venue: 'Большой театр', startsAt: '2025-12-30T16:00:00.000Z' },
  },
});
const emailOnly = { notifications: { email: true, sms: false, messenger: false, news: false } };

describe('the dispatcher with a real SMTP server', () => {
  const clock = fixedClock('2025-11-20T09:00:00Z');
  let t: TestApp;
  let smtp: FakeSmtp;
  let channels: Channels;
  let operator: LoggedIn;
  const opened: Channels[] = [];
  const servers: FakeSmtp[] = [];

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    smtp = await startFakeSmtp();
    channels = loopbackChannels({ smtpUrl: smtp.url });
    operator = await loginAsDemo(t.app, 'operator');
  });
  afterAll(async () => {
    for (const set of [channels, ...opened]) await closeChannels(set);
    for (const server of [smtp, ...servers]) await server.close();
    await t.close();
  });

  it('emails a processed request with the subject, the text and the link; SMS is not configured and says so', async () => {
    const client = await registerClient(t.app, { fullName: 'Смирнова Ольга Петровна' });
    const messageId = await enqueue(t, processed(client.clientId));
    await dispatchOnce(t, createSendJob(channels));

    const mails = smtp.mails.filter((m) => m.to.includes(client.email));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe('Заявка AB23CX обработана');
    expect(mail!.text).toContain('Здравствуйте, Смирнова Ольга Петровна!');
    expect(mail!.text.replace(/\u00a0/g, ' ')).toContain('Сумма заказа: 1 234,50 ₽.');
    expect(mail!.text).toContain(`Открыть заказ: ${orderUrl}`);
    expect(mail!.html).toContain(`href="${orderUrl.replace(/&/g, '&amp;')}"`);

    const [email, sms] = await deliveriesOf(t, messageId);
    expect(email).toMatchObject({ channel: 'email', status: 'delivered', attempts: 1, lastError: null });
    // The client takes SMS too, but this process has no SMSC: recorded as failed, never as sent.
    expect(sms).toMatchObject({ channel: 'sms', status: 'failed', lastError: 'channel not configured', recipient: '+79123456789' });

    const log = await t.app.inject({ method: 'GET', url: `/api/staff/deliveries?clientId=${client.clientId}`, headers: operator.headers });
    expect(log.statusCode).toBe(200);
    const [logged] = log.json().messages;
    expect(logged).toMatchObject({ messageId, topic: 'request_processed', bookingNumber: 'AB23CX', note: null });
    expect(logged.deliveries.map((d: { channel: string; status: string }) => `${d.channel}:${d.status}`)).toEqual(['email:delivered', 'sms:failed']);
    const byNumber = await t.app.inject({ method: 'GET', url: '/api/staff/deliveries?bookingNumber=ab23cx', headers: operator.headers });
    expect(byNumber.json().messages.map((m: { messageId: string }) => m.messageId)).toContain(messageId);
  });

  it('keeps a message while the SMTP server is down and delivers it once when it is back', async () => {
    const port = await unusedPort();
    const down = loopbackChannels({ smtpUrl: `smtp://127.0.0.1:${port}` });
    opened.push(down);
    const send = createSendJob(down);
    const client = await registerClient(t.app, emailOnly);
    const messageId = await enqueue(t, processed(client.clientId));

    await dispatchOnce(t, send);
    let [delivery] = await deliveriesOf(t, messageId);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('ECONNREFUSED') });
    expect(delivery!.nextAttemptAt).toEqual(new Date(clock.now().getTime() + 30 * SECOND));

    const back = await startFakeSmtp(port);
    servers.push(back);
    expect(await send.run(t.deps)).toBe(0); // not due yet: the retry waits its delay
    clock.advance(30 * SECOND);
    await send.run(t.deps);
    clock.advance(3_600 * SECOND);
    await send.run(t.deps);

    expect(back.mails.filter((m) => m.to.includes(client.email))).toHaveLength(1);
    [delivery] = await deliveriesOf(t, messageId);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('delivers exactly once what a dispatcher was sending when it died, after its lease runs out', async () => {
    const client = await registerClient(t.app, emailOnly);
    const messageId = await enqueue(t, processed(client.clientId));
    await fanOutJob.run(t.deps);
    // The first process claims the delivery and dies before sending or recording anything.
    const now = clock.now();
    const claimed = await t.deps.database.db.transaction((tx) => claimDueDeliveries(tx, now, new Date(now.getTime() + 120 * SECOND), 10));
    expect(claimed.map((d) => d.messageId)).toEqual([messageId]);

    const restarted = loopbackChannels({ smtpUrl: smtp.url });
    opened.push(restarted);
    const send = createSendJob(restarted);
    expect(await send.run(t.deps)).toBe(0); // still leased: the other process may yet finish it
    clock.advance(121 * SECOND);
    expect(await send.run(t.deps)).toBe(1);
    clock.advance(3_600 * SECOND);
    await send.run(t.deps);

    expect(smtp.mails.filter((m) => m.to.includes(client.email))).toHaveLength(1);
    expect((await deliveriesOf(t, messageId))[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('records a permanently refused address as failed with the reason, and does not try it again', async () => {
    const client = await registerClient(t.app, { ...emailOnly, email: `ghost${Date.now()}@refused.example` });
    const messageId = await enqueue(t, processed(client.clientId));
    const send = createSendJob(channels);
    await dispatchOnce(t, send);
    clock.advance(7_200 * SECOND);
    expect(await send.run(t.deps)).toBe(0);

    const [delivery] = await deliveriesOf(t, messageId);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('550 5.1.1 No such user here') });
    expect(delivery!.failedAt).not.toBeNull();
    expect(smtp.mails.filter((m) => m.to.includes(client.email))).toHaveLength(0);
  });

  it('records why a message went nowhere', async () => {
    const client = await registerClient(t.app, { notifications: { email: false, sms: false, messenger: false, news: false } });
    const messageId = await enqueue(t, processed(client.clientId));
    await dispatchOnce(t, createSendJob(channels));
    expect(await deliveriesOf(t, messageId)).toEqual([]);
    const log = await t.app.inject({ method: 'GET', url: `/api/staff/deliveries?clientId=${client.clientId}`, headers: operator.headers });
    expect(log.json().messages[0]).toMatchObject({ messageId, note: 'the client takes messages by no channel', deliveries: [] });
  });

  it('records a message whose data does not fit its template as failed, naming the field', async () => {
    const client = await registerClient(t.app, emailOnly);
    const messageId = await enqueue(t, { ...processed(client.clientId), data: { bookingNumber: 'AB23CX', orderUrl: 'javascript:alert(1)' } });
    await dispatchOnce(t, createSendJob(channels));
    const [delivery] = await deliveriesOf(t, messageId);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 0, lastError: expect.stringMatching(/^cannot render: .*orderUrl/) });
  });

  it('shows staff each channel as this dispatcher reported it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/staff/channels', headers: operator.headers });
    expect(res.statusCode).toBe(200);
    const byName = Object.fromEntries(res.json().channels.map((c: { channel: string }) => [c.channel, c]));
    expect(byName.email).toMatchObject({ status: 'configured', description: expect.stringMatching(/^smtp:\/\/127\.0\.0\.1:\d+$/) });
    expect(byName.sms).toMatchObject({ status: 'not_configured', description: 'not configured' });
    expect(byName.telegram.status).toBe('not_configured');
  });

  it('asks for a client or an order in the log, and lets no client read it', async () => {
    const bare = await t.app.inject({ method: 'GET', url: '/api/staff/deliveries', headers: operator.headers });
    expect(bare.statusCode).toBe(400);
    expect(bare.json()).toMatchObject({ code: 'filter_required', field: 'query.clientId' });
    const client = await registerClient(t.app);
    const mine = await t.app.inject({ method: 'GET', url: `/api/staff/deliveries?clientId=${client.clientId}`, headers: client.headers });
    expect(mine.statusCode).toBe(403);
    expect(await openDeliveries(t)).toBe(0);
  });
});
