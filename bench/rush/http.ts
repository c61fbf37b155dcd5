import { Agent, request } from 'node:http';

// A small keep-alive HTTP client on node:http (no extra package): the load generator
// must stay cheap, since it shares the two cores with the servers and PostgreSQL.

export interface Answer {
  status: number;
  /** The body text, only when asked for (`read`); otherwise drained unread. */
  body: string | null;
  headers: Record<string, string | string[] | undefined>;
  ms: number;
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

export function keepAliveAgent(maxSockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'fifo' });
}

export function send(
  agent: Agent,
  port: number,
  method: string,
  path: string,
  options: { body?: string; session?: Session; read?: (status: number) => boolean } = {},
): Promise<Answer> {
  const started = performance.now();
  const headers: Record<string, string> = {};
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(options.body));
  }
  if (options.session) {
    headers.cookie = options.session.cookie;
    headers['x-csrf-token'] = options.session.csrfToken;
  }
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      const status = res.statusCode ?? 0;
      const read = options.read ? options.read(status) : true;
      const chunks: Buffer[] = [];
      if (read) res.on('data', (chunk: Buffer) => chunks.push(chunk));
      else res.resume();
      res.on('end', () =>
        resolve({ status, body: read ? Buffer.concat(chunks).toString('utf8') : null, headers: res.headers, ms: performance.now() - started }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export const json = <T>(answer: Answer): T => JSON.parse(answer.body ?? 'null') as T;
