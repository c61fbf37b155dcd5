import { type Channel, delivered, failed, retry } from '../channel.ts';
import { callBotApi, field } from './http-call.ts';

export interface VkTeamsConfig {
  /** https://api.icq.net/bot/v1 (ICQ New), or the bot API address of a VK Teams installation. */
  apiUrl: string;
  token: string;
  timeoutMs?: number;
}

// The API answers ok:false with HTTP 200 for most errors, so only the description
// tells a bad recipient from our own trouble; these mean the fault is not the chat's.
const NOT_THE_RECIPIENT = /token|rate|limit|too many|timeout|internal|unavailable|try again/i;

/** ICQ New / VK Teams Bot API messages/sendText; `to` is the chat id (a user's email or nick, or a group id). */
export function createVkTeamsChannel(config: VkTeamsConfig): Channel {
  const base = config.apiUrl.replace(/\/+$/, '');
  const timeoutMs = config.timeoutMs ?? 10_000;
  return {
    name: 'vkteams',
    configured: true,
    describe: () => base,
    async send(message) {
      // The documented form is GET with query parameters, which every installation accepts.
      const url = new URL(`${base}/messages/sendText`);
      url.search = new URLSearchParams({ token: config.token, chatId: message.to, text: message.text }).toString();
      const outcome = await callBotApi(url, { method: 'GET' }, timeoutMs);
      if (outcome.kind === 'no-answer') return retry(`vkteams: ${outcome.reason}`);
      const { status, body } = outcome;
      if (status === 200 && field(body, 'ok') === true) return delivered(String(field(body, 'msgId') ?? ''));
      const description = String(field(body, 'description') ?? 'no description');
      const reason = `vkteams ${status}: ${description}`;
      if (status === 429 || status >= 500 || status === 401) return retry(reason);
      return NOT_THE_RECIPIENT.test(description) ? retry(reason) : failed(reason);
    },
    async close() {},
  };
}
