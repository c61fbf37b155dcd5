#!/usr/bin/env node
/* global process, console */
// Builds the web app (dist/web) before the server starts when it is missing or older
// than its sources, so `npm install && npm start` from a fresh clone serves the portal.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = join(root, 'dist', 'web', 'index.html');

/** The newest modification time under a path (file or folder). */
function newestUnder(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestUnder(join(path, name)));
  return newest;
}

// The web code imports the contracts of the server contexts, so they count as sources too.
function newestContract() {
  const contexts = join(root, 'src', 'contexts');
  if (!existsSync(contexts)) return 0;
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/contracts/.test(path)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  visit(contexts);
  return newest;
}

const sourcesChanged = Math.max(
  newestUnder(join(root, 'src', 'web')),
  newestUnder(join(root, 'vite.config.ts')),
  newestUnder(join(root, 'package-lock.json')),
  newestContract(),
);
const built = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;

if (built >= sourcesChanged) process.exit(0);

let viteBin;
try {
  viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
} catch {
  console.warn(built ? 'web: vite is not installed; serving the older build in dist/web' : 'web: vite is not installed (npm install); the server will serve the API only');
  process.exit(0);
}

console.log(built ? 'web: sources changed, rebuilding dist/web ...' : 'web: building dist/web (first start) ...');
const started = Date.now();
const result = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  console.error('web: the build failed (see above)');
  process.exit(result.status ?? 1);
}
console.log(`web: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
