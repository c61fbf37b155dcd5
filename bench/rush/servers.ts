import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { resolve } from 'node:path';
import { send } from './http.ts';

// The real server, as child processes: `node --import tsx src/server/main.ts` (what
// `tsx src/server/main.ts` runs, without its relay process) with its environment.

const root = resolve(import.meta.dirname, '../..');

/** Shared by every process of one database: the PII key and the link key must agree across them. */
export const sharedSecrets = {
  PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  LINK_SIGNING_KEY: randomBytes(32).toString('base64'),
};

export interface Server {
  port: number;
  pid: number;
  base: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** DATABASE_URL, or DATA_DIR for PGlite. */
  database: { url: string } | { dataDir: string };
  port: number;
  demoData: boolean;
  /** Extra environment, e.g. DATABASE_POOL_SIZE. */
  env?: Record<string, string>;
  /** Extra node arguments, e.g. --cpu-prof (not allowed in NODE_OPTIONS). */
  nodeArgs?: readonly string[];
}

export async function startServer(options: ServerOptions): Promise<Server> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...sharedSecrets,
    ...('url' in options.database ? { DATABASE_URL: options.database.url } : { DATA_DIR: options.database.dataDir, DATABASE_URL: '' }),
    PORT: String(options.port),
    HOST: '127.0.0.1',
    BACKGROUND_JOBS: 'false',
    LOG_LEVEL: 'warn',
    DEMO_DATA: String(options.demoData),
    ...options.env,
  };
  const args = [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/server/main.ts'];
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const base = `http://127.0.0.1:${options.port}`;
  await waitHealthy(base, options.port, child, () => stderr);
  return { port: options.port, pid: child.pid ?? 0, base, stop: () => stopChild(child) };
}

const healthAgent = new Agent({ keepAlive: false });

async function waitHealthy(base: string, port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10 * 60_000; // the first start loads the demo stadium
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server on ${base} exited with ${child.exitCode}:\n${stderr()}`);
    try {
      // node:http, not fetch: fetch refuses some ports outright (4190 is on its bad-port list).
      const answer = await send(healthAgent, port, 'GET', '/api/health');
      if (answer.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`server on ${base} did not answer /api/health in time:\n${stderr()}`);
}

/** SIGTERM (the server finishes requests in flight and closes its pool), SIGKILL after 20 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(killer);
      done();
    });
    child.kill('SIGTERM');
  });
}

export async function startServers(count: number, firstPort: number, options: Omit<ServerOptions, 'port'>): Promise<Server[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => startServer({ ...options, port: firstPort + i })));
}

export async function stopServers(servers: readonly Server[]): Promise<void> {
  await Promise.all(servers.map((server) => server.stop()));
}
