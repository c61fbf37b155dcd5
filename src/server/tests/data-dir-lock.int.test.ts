import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDbKind } from '../../test/test-database.ts';

interface Server {
  child: ChildProcess;
  port: number;
  output(): string;
  exited: Promise<number | null>;
}

const started: ChildProcess[] = [];

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Starts the real server (src/server/main.ts) as its own process on `dataDir`. */
async function startServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'false', BACKGROUND_JOBS: 'false', LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, output: () => output, exited };
}

async function health(port: number): Promise<number | null> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).status;
  } catch {
    return null;
  }
}

/** Waits until the server answers /api/health, or fails with what it printed if it stops first. */
async function untilHealthy(server: Server): Promise<void> {
  let stopped = false;
  void server.exited.then(() => (stopped = true));
  for (let waited = 0; waited < 150_000; waited += 250) {
    if ((await health(server.port)) === 200) return;
    if (stopped) throw new Error(`the server stopped before answering:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer in time:\n${server.output()}`);
}

// The lock guards the embedded database only, and spawns real processes: run it once, on the PGlite project.
describe.skipIf(testDbKind() !== 'pglite')('the data directory lock', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tk-lock-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('stops a second server on the same directory with a clear message, while the first keeps serving', async () => {
    const dataDir = tempDir();
    const first = await startServer(dataDir);
    await untilHealthy(first);
    const lockFile = join(dataDir, 'ticketing.lock');
    expect(readFileSync(lockFile, 'utf8')).toBe(String(first.child.pid));

    const second = await startServer(dataDir);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`is already in use by process ${first.child.pid}`);
    expect(second.output()).toMatch(/DATA_DIR|DATABASE_URL/);
    expect(second.output()).not.toContain('    at '); // a message, not a stack trace

    expect(await health(first.port)).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  }, 240_000);

  it('takes over a lock left by a process that is gone', async () => {
    const dataDir = tempDir();
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(join(dataDir, 'ticketing.lock'), String(gone.pid));

    const server = await startServer(dataDir);
    await untilHealthy(server);
    expect(readFileSync(join(dataDir, 'ticketing.lock'), 'utf8')).toBe(String(server.child.pid));
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 240_000);
});
