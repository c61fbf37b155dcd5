import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../testing/fake-bot-api.ts';
import { createTelegramChannel } from './telegram-channel.ts';
import { createVkTeamsChannel } from './vkteams-channel.ts';

const tokens = { vkteams: '001.0123456789.0123456789:1000000001', telegram: '123456:ABC-def_ghi' };
const text = 'Заказ AB23CX: 1 234,50 ₽. Подтвердите: https://tickets.example/c?t=1&x=2';
const message = (to: string) => ({ id: 'outbox-1', to, subject: 'ignored', text });

describe('messenger channels against a bot API server', () => {
  let api: FakeBotApi;
  beforeAll(async () => {
    api = await startFakeBotApi(tokens);
  });
  afterAll(() => api.close());

  describe('VK Teams / ICQ New', () => {
    const channel = () => createVkTeamsChannel({ apiUrl: api.vkTeamsUrl, token: tokens.vkteams, timeoutMs: 2_000 });

    it('sends the text to the chat with the token, as messages/sendText parameters', async () => {
      expect(await channel().send(message('anna@corp.example'))).toEqual({ kind: 'delivered', providerId: 'vk-anna@corp.example' });
      const request = api.requests.at(-1)!;
      expect(request.method).toBe('GET');
      expect(request.path).toBe('/bot/v1/messages/sendText');
      expect(Object.fromEntries(request.query)).toEqual({ token: tokens.vkteams, chatId: 'anna@corp.example', text });
    });

    it('fails for good when the chat does not exist', async () => {
      expect(await channel().send(message('missing'))).toEqual({ kind: 'failed', reason: 'vkteams 200: Chat not found' });
    });

    it('retries on a bad token (our configuration) and on a server error', async () => {
      const wrongToken = createVkTeamsChannel({ apiUrl: api.vkTeamsUrl, token: 'stale' });
      expect(await wrongToken.send(message('anna'))).toEqual({ kind: 'retry', reason: 'vkteams 200: Invalid token' });
      expect(await channel().send(message('down'))).toMatchObject({ kind: 'retry', reason: expect.stringContaining('HTTP 503') });
    });

    it('never shows the token in describe() or a reason', async () => {
      const result = await channel().send(message('missing'));
      expect(JSON.stringify(result) + channel().describe()).not.toContain(tokens.vkteams);
      expect(channel().describe()).toBe(api.vkTeamsUrl);
    });
  });

  describe('Telegram', () => {
    const channel = (timeoutMs = 2_000) => createTelegramChannel({ apiUrl: `${api.telegramUrl}/`, token: tokens.telegram, timeoutMs });

    it('posts JSON with chat_id and text to /bot<token>/sendMessage', async () => {
      expect(await channel().send(message('123456789'))).toEqual({ kind: 'delivered', providerId: '42' });
      const request = api.requests.at(-1)!;
      expect(request.method).toBe('POST');
      expect(request.path).toBe(`/bot${tokens.telegram}/sendMessage`);
      expect(request.contentType).toBe('application/json');
      expect(JSON.parse(request.body)).toMatchObject({ chat_id: '123456789', text });
    });

    it('fails for good on 400 (chat not found) and 403 (bot blocked)', async () => {
      expect(await channel().send(message('missing'))).toEqual({ kind: 'failed', reason: 'telegram 400: Bad Request: chat not found' });
      expect(await channel().send(message('blocked'))).toEqual({ kind: 'failed', reason: 'telegram 403: Forbidden: bot was blocked by the user' });
    });

    it('retries on 429 with the delay Telegram asks for, and on 5xx', async () => {
      expect(await channel().send(message('spam'))).toEqual({ kind: 'retry', reason: 'telegram 429: Too Many Requests: retry after 7; retry after 7 s' });
      expect(await channel().send(message('down'))).toEqual({ kind: 'retry', reason: 'telegram 502: Bad Gateway' });
    });

    it('retries when the token is wrong, since that is ours to fix', async () => {
      const wrong = createTelegramChannel({ apiUrl: api.telegramUrl, token: '999:nope' });
      expect(await wrong.send(message('123'))).toEqual({ kind: 'retry', reason: 'telegram 404: Not Found' });
    });

    it('retries when the server does not answer in time', async () => {
      expect(await channel(300).send(message('slow'))).toEqual({ kind: 'retry', reason: 'telegram: no answer within 300 ms' });
    });

    it('shortens a text over 4096 characters instead of having it refused', async () => {
      await channel().send({ ...message('123'), text: 'я'.repeat(5000) });
      const sent = (JSON.parse(api.requests.at(-1)!.body) as { text: string }).text;
      expect(sent).toHaveLength(4096);
      expect(sent.endsWith('…')).toBe(true);
    });
  });

  it('retries when nothing listens at all', async () => {
    const gone = await startFakeBotApi(tokens);
    await gone.close();
    const vk = await createVkTeamsChannel({ apiUrl: gone.vkTeamsUrl, token: 't' }).send(message('a'));
    const tg = await createTelegramChannel({ apiUrl: gone.telegramUrl, token: 't' }).send(message('a'));
    expect(vk).toEqual({ kind: 'retry', reason: expect.stringContaining('ECONNREFUSED') });
    expect(tg).toEqual({ kind: 'retry', reason: expect.stringContaining('ECONNREFUSED') });
  });
});
