import { systemClock } from '../shared/clock.ts';
import { loadConfig } from '../server/config.ts';
import type { Database } from '../server/db/types.ts';
import { demoSeeders } from '../server/demo.ts';

/** `empty`: migrated only; `demo`: migrated with the demo catalog and users loaded. */
export const templateKinds = ['empty', 'demo'] as const;
export type TemplateKind = (typeof templateKinds)[number];

export async function prepareTemplate(kind: TemplateKind, database: Database): Promise<void> {
  if (kind === 'empty') return;
  const deps = { config: loadConfig({}), database, clock: systemClock };
  for (const seeder of demoSeeders) await seeder.load(deps);
}
