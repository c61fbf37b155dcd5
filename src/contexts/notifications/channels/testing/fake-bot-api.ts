// One loopback HTTP server speaking both bot APIs as far as sending text goes:
// VK Teams / ICQ New under /bot/v1, Telegram under /bot<token>/. Chat ids steer
// the answer: "missing", "blocked", "spam", "down", "slow", anything else succeeds.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BotRequest { method: string; path: string; query: URLSearchParams; body: string; contentType: string }

export interface FakeBotApi {
  vkTeamsUrl: string;
  telegramUrl: string;
  requests: BotRequest[];
  close(): Promise<void>;
}

export async function startFakeBotApi(tokens: { vkteams: string; telegram: string }): Promise<FakeBotApi> {
  const requests: BotRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request = { method: req.method ?? '', path: url.pathname, query: url.searchParams, body: Buffer.concat(chunks).toString('utf8'), contentType: req.headers['content-type'] ?? '' };
      requests.push(request);
      if (url.pathname === '/bot/v1/messages/sendText') vkTeams(request, res, tokens.vkteams);
      else telegram(req, request, res, tokens.telegram);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    vkTeamsUrl: `http://127.0.0.1:${port}/bot/v1`,
    telegramUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections(); // the "slow" chat leaves a request hanging
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

// VK Teams answers errors with HTTP 200 and ok:false, as the real API does.
function vkTeams(request: BotRequest, res: ServerResponse, token: string): void {
  const chat = request.query.get('chatId');
  if (request.query.get('token') !== token) return json(res, 200, { ok: false, description: 'Invalid token' });
  if (chat === 'missing') return json(res, 200, { ok: false, description: 'Chat not found' });
  if (chat === 'down') return void res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>Service Unavailable</h1>');
  json(res, 200, { ok: true, msgId: `vk-${chat}` });
}

function telegram(req: IncomingMessage, request: BotRequest, res: ServerResponse, token: string): void {
  if (request.path !== `/bot${token}/sendMessage`) return json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
  const chat = String((JSON.parse(request.body || '{}') as { chat_id?: unknown }).chat_id);
  if (chat === 'missing') return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: chat not found' });
  if (chat === 'blocked') return json(res, 403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
  if (chat === 'spam') return json(res, 429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } });
  if (chat === 'down') return json(res, 502, { ok: false, error_code: 502, description: 'Bad Gateway' });
  if (chat === 'slow') return void req.socket.setTimeout(0); // never answers
  json(res, 200, { ok: true, result: { message_id: 42, chat: { id: chat } } });
}
