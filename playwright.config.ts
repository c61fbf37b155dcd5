import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// End-to-end tests in Debian's Chromium (never a downloaded browser), against the
// app started as a user starts it (`npm start`: builds the web app if needed), on a
// fresh data directory with the demo data, on a free port. The port and directory
// are chosen once and handed to the workers through the environment.

const freePort = (): string =>
  execFileSync(process.execPath, ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"]).toString();

// E2E_BASE_URL runs the tests against a server already running (with the demo data)
// instead of starting one: quicker while working on the tests.
const external = process.env.E2E_BASE_URL;
process.env.E2E_PORT ??= external ? new URL(external).port : freePort();
process.env.E2E_DATA_DIR ??= `.tmp/e2e-data-${Date.now()}-${process.pid}`;
const baseURL = external ?? `http://127.0.0.1:${process.env.E2E_PORT}`;
process.env.E2E_BASE_URL = baseURL;
// Each run writes its traces to its own folder: a run clears its output folder when it
// starts, and several people may run the tests in one working tree at once.
if (!process.env.E2E_OUTPUT_DIR) {
  process.env.E2E_OUTPUT_DIR = `test-results/run-${Date.now()}-${process.pid}`;
  // Earlier runs that left nothing but Playwright's last-run note are of no more use.
  for (const name of existsSync('test-results') ? readdirSync('test-results') : []) {
    const dir = `test-results/${name}`;
    if (name.startsWith('run-') && readdirSync(dir).every((file) => file === '.last-run.json')) rmSync(dir, { recursive: true, force: true });
  }
}

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: process.env.E2E_OUTPUT_DIR,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    baseURL,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunch,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch }, testIgnore: '**/phone.spec.ts' },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions: chromiumLaunch }, testMatch: '**/phone.spec.ts' },
  ],
  webServer: external
    ? undefined
    : {
        command: 'npm start',
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 300_000,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          PORT: process.env.E2E_PORT,
          HOST: '127.0.0.1',
          DATA_DIR: process.env.E2E_DATA_DIR,
          PUBLIC_BASE_URL: baseURL,
          LOG_LEVEL: 'warn',
          DEMO_DATA: 'true',
        },
      },
});
