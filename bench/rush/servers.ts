import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

// The real server, as child processes: `tsx src/server/main.ts` with its environment.

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

/** Shared by every process of one database: the PII key and the link key must agree across them. */
export const sharedSecrets = {
  PII_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  LINK_SIGNING_KEY: randomBytes(32).toString('base64'),
};

export interface Server {
  port: number;
  base: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** DATABASE_URL, or DATA_DIR for PGlite. */
  database: { url: string } | { dataDir: string };
  port: number;
  demoData: boolean;
  /** Extra environment, e.g. NODE_OPTIONS=--cpu-prof or DATABASE_POOL_SIZE. */
  env?: Record<string, string>;
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
  const child = spawn(tsx, ['src/server/main.ts'], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const base = `http://127.0.0.1:${options.port}`;
  await waitHealthy(base, child, () => stderr);
  return { port: options.port, base, stop: () => stopChild(child) };
}

async function waitHealthy(base: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10 * 60_000; // the first start loads the demo stadium
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server on ${base} exited with ${child.exitCode}:\n${stderr()}`);
    try {
      const answer = await fetch(`${base}/api/health`);
      if (answer.ok) return;
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
