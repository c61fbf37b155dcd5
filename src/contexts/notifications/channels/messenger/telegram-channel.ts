import { type Channel, delivered, failed, retry } from '../channel.ts';
import { callBotApi, field } from './http-call.ts';

export interface TelegramConfig {
  /** https://api.telegram.org, or a local Bot API server / test double. */
  apiUrl: string;
  token: string;
  timeoutMs?: number;
}

// Telegram refuses longer texts with a 400, which would fail the message for good.
const MAX_TEXT = 4096;

/** Telegram Bot API sendMessage; `to` is the chat id. */
export function createTelegramChannel(config: TelegramConfig): Channel {
  const base = config.apiUrl.replace(/\/+$/, '');
  const timeoutMs = config.timeoutMs ?? 10_000;
  return {
    name: 'telegram',
    configured: true,
    describe: () => base,
    async send(message) {
      const text = message.text.length > MAX_TEXT ? `${message.text.slice(0, MAX_TEXT - 1)}…` : message.text;
      const outcome = await callBotApi(
        new URL(`${base}/bot${config.token}/sendMessage`),
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ chat_id: message.to, text, link_preview_options: { is_disabled: true } }),
        },
        timeoutMs,
      );
      if (outcome.kind === 'no-answer') return retry(`telegram: ${outcome.reason}`);
      const { status, body } = outcome;
      if (status === 200 && field(body, 'ok') === true) return delivered(String(field(body, 'result', 'message_id')));
      const reason = `telegram ${status}: ${String(field(body, 'description') ?? 'no description')}`;
      // 400 (chat not found, bad chat id) and 403 (bot blocked by the user) are about
      // this recipient. 401/404 mean our token is wrong: keep the message until it is fixed.
      if (status === 400 || status === 403) return failed(reason);
      const after = field(body, 'parameters', 'retry_after');
      return retry(typeof after === 'number' ? `${reason}; retry after ${after} s` : reason);
    },
    async close() {},
  };
}
