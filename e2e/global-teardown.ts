import { rmSync } from 'node:fs';

/** The data directory of the run is thrown away with it. */
export default function globalTeardown(): void {
  const dir = process.env.E2E_DATA_DIR;
  if (dir && dir.includes('e2e-data-')) rmSync(dir, { recursive: true, force: true });
}
