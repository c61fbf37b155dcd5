import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from './deps.ts';
import { identityDemoSeeder } from '../contexts/identity/index.ts';
import { catalogDemoSeeder } from '../contexts/catalog/demo/index.ts';

/**
 * A context's part of the demo data. `load` runs once, on the first start of an
 * empty database, in the order of the list; `describe` prints what a person needs
 * to try the demo (e.g. the demo users' logins) on every demo start.
 */
export interface DemoSeeder {
  name: string;
  isLoaded(deps: AppDeps): Promise<boolean>;
  load(deps: AppDeps): Promise<void>;
  describe?(deps: AppDeps): Promise<string[]>;
}

// Order matters: identity's demo contract prices rows of the catalog demo, so it comes after it.
export const demoSeeders: DemoSeeder[] = [
  catalogDemoSeeder,
  identityDemoSeeder,
];

export async function loadDemoData(deps: AppDeps, log: FastifyBaseLogger): Promise<string[]> {
  const lines: string[] = [];
  for (const seeder of demoSeeders) {
    if (!(await seeder.isLoaded(deps))) {
      const started = Date.now();
      await seeder.load(deps);
      log.info({ seeder: seeder.name, ms: Date.now() - started }, 'demo data loaded');
    }
    if (seeder.describe) lines.push(...(await seeder.describe(deps)));
  }
  return lines;
}
