import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn, type RegisteredClient } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { closeChannels, type Channels } from '../channels/config.ts';
import { startFakeSmtp, type FakeSmtp } from '../channels/testing/fake-smtp.ts';
import { createSendJob, fanOutJob } from '../dispatch/dispatch-jobs.ts';
import { broadcasts } from '../tables.ts';
import { dispatchOnce, loopbackChannels, openDeliveries } from './dispatch-harness.ts';

const emailWith = (news: boolean, locale: 'ru' | 'en' = 'ru') => ({ notifications: { email: true, sms: false, messenger: false, news }, locale });
const draft = (topic = 'sales_start') => ({
  topic,
  subject: { ru: 'Старт продаж: новый сезон', en: 'Tickets for the new season are on sale' },
  body: { ru: 'Открыта продажа абонементов.\n\nЖдём вас!', en: 'Season tickets are on sale.\n\nSee you!' },
  audience: { kind: 'all' },
});

describe('broadcasts and subscriptions', () => {
  let t: TestApp;
  let smtp: FakeSmtp;
  let channels: Channels;
  let manager: LoggedIn;
  let subscribed: RegisteredClient;
  let leftTopic: RegisteredClient;
  let neverAsked: RegisteredClient;
  let optedInLater: RegisteredClient;
  let english: RegisteredClient;

  const mailsTo = (client: RegisteredClient) => smtp.mails.filter((m) => m.to.includes(client.email));
  const post = (url: string, who: LoggedIn, payload?: unknown) =>
    t.app.inject({ method: 'POST', url, headers: who.headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  const get = (url: string, who?: LoggedIn) => t.app.inject({ method: 'GET', url, ...(who ? { headers: who.headers } : {}) });
  const putSubscriptions = (who: LoggedIn, topics: unknown) =>
    t.app.inject({ method: 'PUT', url: '/api/my/subscriptions', headers: who.headers, payload: { topics } as Record<string, unknown> });
  async function dispatchAll() {
    const send = createSendJob(channels);
    for (let round = 0; round < 3; round += 1) await dispatchOnce(t, send);
    await fanOutJob.run(t.deps); // closes broadcasts whose deliveries are all final
  }
  async function createAndSend(topic = 'sales_start') {
    const created = await post('/api/staff/broadcasts', manager, draft(topic));
    expect(created.statusCode).toBe(201);
    const sent = await post(`/api/staff/broadcasts/${created.json().id}/send`, manager);
    expect(sent.statusCode).toBe(200);
    await dispatchAll();
    return created.json().id as string;
  }

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock: fixedClock('2025-11-20T09:00:00Z') });
    smtp = await startFakeSmtp();
    channels = loopbackChannels({ smtpUrl: smtp.url });
    manager = await loginAsDemo(t.app, 'manager');
    subscribed = await registerClient(t.app, emailWith(true));
    leftTopic = await registerClient(t.app, emailWith(true));
    neverAsked = await registerClient(t.app, emailWith(false));
    optedInLater = await registerClient(t.app, emailWith(false));
    english = await registerClient(t.app, emailWith(true, 'en'));
    expect((await putSubscriptions(leftTopic, { sales_start: { email: false } })).statusCode).toBe(200);
    expect((await putSubscriptions(optedInLater, { sales_start: { email: true } })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await closeChannels(channels);
    await smtp.close();
    await t.close();
  });

  it('shows a client their topics by channel, with the registration choice as the default', async () => {
    const res = await get('/api/my/subscriptions', leftTopic);
    expect(res.statusCode).toBe(200);
    const { topics } = res.json();
    expect(topics.sales_start.email).toEqual({ available: true, optedIn: false, effective: false });
    expect(topics.news.email).toEqual({ available: true, optedIn: true, effective: true });
    expect(topics.news.messenger).toEqual({ available: false, optedIn: false, effective: false });
  });

  it('refuses a channel the client gave no contact for, naming the field', async () => {
    const res = await putSubscriptions(subscribed, { news: { messenger: true } });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'contact_missing', field: 'body.topics.news.messenger' });
  });

  it('previews a broadcast in both languages with the number it would reach, and sends it only to those subscribed', async () => {
    const created = await post('/api/staff/broadcasts', manager, draft());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft', topic: 'sales_start', recipients: 0, audience: { kind: 'all' } });
    const id = created.json().id as string;

    const preview = await post(`/api/staff/broadcasts/${id}/preview`, manager);
    expect(preview.statusCode).toBe(200);
    expect(preview.json().ru).toMatchObject({ subject: 'Старт продаж: новый сезон', text: expect.stringContaining('Открыта продажа абонементов.') });
    expect(preview.json().en.text).toContain('Unsubscribe: http://localhost:3000/api/subscriptions/unsubscribe?token=');
    const { recipients } = preview.json();
    expect(recipients.clients).toBeGreaterThanOrEqual(3);

    const sent = await post(`/api/staff/broadcasts/${id}/send`, manager);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sending', recipients: recipients.clients, enqueuedAt: expect.any(String) });
    await dispatchAll();

    expect(mailsTo(subscribed).map((m) => m.subject)).toEqual(['Старт продаж: новый сезон']);
    expect(mailsTo(optedInLater)).toHaveLength(1);
    expect(mailsTo(english).map((m) => m.subject)).toEqual(['Tickets for the new season are on sale']);
    expect(mailsTo(leftTopic)).toHaveLength(0);
    expect(mailsTo(neverAsked)).toHaveLength(0);

    const progress = (await get(`/api/staff/broadcasts/${id}`, manager)).json();
    expect(progress).toMatchObject({ status: 'sent', sentAt: expect.any(String) });
    expect(progress.progress).toMatchObject({ recipients: recipients.clients, planned: recipients.clients });
    expect(progress.progress.byChannel.email).toEqual({ pending: 0, sending: 0, delivered: recipients.email, failed: 0 });
    expect(progress.progress.deliveries.total).toBe(recipients.email + recipients.sms + recipients.messenger);

    const again = await post(`/api/staff/broadcasts/${id}/send`, manager);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('broadcast_already_sent');
    expect((await get('/api/staff/broadcasts', manager)).json().items.map((b: { id: string }) => b.id)).toContain(id);
  });

  it('opts the client out of that topic on that channel by the link in the message, and of nothing else', async () => {
    const link = /Отписаться: (\S+)/.exec(mailsTo(subscribed)[0]!.text)?.[1];
    expect(link).toBeDefined();
    const url = new URL(link!);
    const res = await get(`${url.pathname}${url.search}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ topic: 'sales_start', channel: 'email', message: { ru: expect.stringContaining('начало продаж') } });
    expect((await get(`${url.pathname}${url.search}`)).statusCode).toBe(200); // a second click is harmless

    const { topics } = (await get('/api/my/subscriptions', subscribed)).json();
    expect(topics.sales_start.email.optedIn).toBe(false);
    expect(topics.news.email.optedIn).toBe(true);

    await createAndSend('sales_start');
    expect(mailsTo(subscribed)).toHaveLength(1); // still only the first one
    expect(mailsTo(optedInLater)).toHaveLength(2);
    await createAndSend('news');
    expect(mailsTo(subscribed).map((m) => m.subject)).toHaveLength(2);
    expect(mailsTo(optedInLater)).toHaveLength(2); // opted in to the start of sales only
  });

  it('refuses an unsubscribe link that was tampered with', async () => {
    const link = new URL(/Отписаться: (\S+)/.exec(mailsTo(subscribed)[0]!.text)![1]!);
    const token = link.searchParams.get('token')!;
    const forged = `${Buffer.from(`${neverAsked.clientId}.news.email`).toString('base64url')}.${token.split('.')[1]}`;
    const res = await get(`/api/subscriptions/unsubscribe?token=${encodeURIComponent(forged)}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'unsubscribe_link_invalid', field: 'query.token' });
  });

  it('finishes queueing a broadcast whose sender stopped halfway', async () => {
    const created = await post('/api/staff/broadcasts', manager, draft('schedule'));
    const id = created.json().id as string;
    const before = mailsTo(english).length;
    // As if the process died right after marking it sending, before queueing anyone.
    await t.deps.database.db.update(broadcasts).set({ status: 'sending', sendStartedAt: new Date() }).where(eq(broadcasts.id, id));
    await dispatchAll();
    await fanOutJob.run(t.deps);
    const progress = (await get(`/api/staff/broadcasts/${id}`, manager)).json();
    expect(progress).toMatchObject({ status: 'sent', enqueuedAt: expect.any(String) });
    expect(mailsTo(english)).toHaveLength(before + 1);
    expect(progress.progress.recipients).toBeGreaterThanOrEqual(2);
    expect(await openDeliveries(t)).toBe(0);
  });

  it('lets only managers write broadcasts, and names the field at fault', async () => {
    expect((await post('/api/staff/broadcasts', subscribed, draft())).statusCode).toBe(403);
    const operator = await loginAsDemo(t.app, 'operator');
    expect((await get('/api/staff/broadcasts', operator)).statusCode).toBe(403);
    const bad = await post('/api/staff/broadcasts', manager, { ...draft(), subject: { ru: 'Тема' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('body.subject.en');
    const unknown = await get('/api/staff/broadcasts/00000000-0000-4000-8000-000000000000', manager);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('broadcast_not_found');
  });
});
