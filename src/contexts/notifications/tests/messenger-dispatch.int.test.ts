import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/clock.ts';
import { registerClient } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { closeChannels, type Channels } from '../channels/config.ts';
import { startFakeBotApi, type FakeBotApi } from '../channels/testing/fake-bot-api.ts';
import { createSendJob } from '../dispatch/dispatch-jobs.ts';
import { botTokens, deliveriesOf, dispatchOnce, enqueue, loopbackChannels } from './dispatch-harness.ts';

const messengerOnly = (kind: 'telegram' | 'vkteams', chatId: string, locale: 'ru' | 'en' = 'ru') => ({
  notifications: { email: false, sms: false, messenger: true, news: false },
  messenger: { kind, chatId },
  locale,
});
const payment = (clientId: string) => ({
  topic: 'payment_received' as const,
  clientId,
  bookingNumber: 'KM47PQ',
  data: { bookingNumber: 'KM47PQ', clientName: '', amountKopecks: 50000, outstandingKopecks: 0 },
});

describe('the dispatcher with a server speaking both bot APIs', () => {
  let t: TestApp;
  let api: FakeBotApi;
  let channels: Channels;

  beforeAll(async () => {
    t = await createTestApp({ template: 'empty', clock: fixedClock('2025-11-20T09:00:00Z') });
    api = await startFakeBotApi(botTokens);
    channels = loopbackChannels({ botApi: api });
  });
  afterAll(async () => {
    await closeChannels(channels);
    await api.close();
    await t.close();
  });

  it('sends to a Telegram chat with the bot token, in the client\'s language', async () => {
    const client = await registerClient(t.app, messengerOnly('telegram', '123456789', 'en'));
    const messageId = await enqueue(t, payment(client.clientId));
    await dispatchOnce(t, createSendJob(channels));

    const request = api.requests.find((r) => r.path.endsWith('/sendMessage'));
    expect(request?.path).toBe(`/bot${botTokens.telegram}/sendMessage`);
    expect(JSON.parse(request!.body)).toMatchObject({
      chat_id: '123456789',
      text: 'Payment of RUB 500.00 received for order KM47PQ. The order is paid in full.',
    });
    expect(await deliveriesOf(t, messageId)).toMatchObject([{ channel: 'telegram', recipient: '123456789', status: 'delivered', providerId: '42', lang: 'en' }]);
  });

  it('sends to a VK Teams chat with the bot token', async () => {
    const client = await registerClient(t.app, messengerOnly('vkteams', 'anna@corp.example'));
    const messageId = await enqueue(t, payment(client.clientId));
    await dispatchOnce(t, createSendJob(channels));

    const request = api.requests.find((r) => r.path === '/bot/v1/messages/sendText');
    expect(Object.fromEntries(request!.query)).toEqual({
      token: botTokens.vkteams,
      chatId: 'anna@corp.example',
      text: 'Получена оплата 500,00 ₽ по заказу KM47PQ. Заказ оплачен полностью.', // the short text has plain spaces
    });
    expect(await deliveriesOf(t, messageId)).toMatchObject([{ channel: 'vkteams', status: 'delivered', providerId: 'vk-anna@corp.example' }]);
  });

  it('fails for good a chat the bot cannot write to, with the API\'s reason', async () => {
    const client = await registerClient(t.app, messengerOnly('telegram', 'blocked'));
    const messageId = await enqueue(t, payment(client.clientId));
    await dispatchOnce(t, createSendJob(channels));
    expect(await deliveriesOf(t, messageId)).toMatchObject([
      { channel: 'telegram', status: 'failed', attempts: 1, lastError: 'telegram 403: Forbidden: bot was blocked by the user' },
    ]);
  });
});
