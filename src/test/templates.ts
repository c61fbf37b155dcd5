import { systemClock } from '../shared/clock.ts';
import { loadConfig } from '../server/config.ts';
import type { Database } from '../server/db/types.ts';
import { demoSeeders } from '../server/demo.ts';

/**
 * The personal-data key of every test app and of the templates (a fixed test value, so the
 * demo template's encrypted data opens in the test apps that copy it).
 */
export const testPiiKey = Buffer.alloc(32, 7).toString('base64');

/** `empty`: migrated only; `demo`: migrated with the demo catalog and users loaded. */
export const templateKinds = ['empty', 'demo'] as const;
export type TemplateKind = (typeof templateKinds)[number];

export async function prepareTemplate(kind: TemplateKind, database: Database): Promise<void> {
  if (kind === 'empty') return;
  const deps = { config: loadConfig({ PII_ENCRYPTION_KEY: testPiiKey }), database, clock: systemClock };
  for (const seeder of demoSeeders) await seeder.load(deps);
}
