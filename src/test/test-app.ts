import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app.ts';
import { loadConfig, type Config } from '../server/config.ts';
import type { AppDeps } from '../server/deps.ts';
import type { DeclaredRoute } from '../server/plugins/access.ts';
import { fixedClock, systemClock, type Clock } from '../shared/clock.ts';
import { createTestDatabase, type TestDatabase, type TestDbKind } from './test-database.ts';
import { testPiiKey, type TemplateKind } from './templates.ts';

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  database: TestDatabase;
  declaredRoutes: DeclaredRoute[];
  close(): Promise<void>;
}

/** An app on its own fresh database, called through `app.inject`. */
export async function createTestApp(
  options: { template?: TemplateKind; clock?: Clock; now?: string; config?: Partial<Config>; kind?: TestDbKind } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(options.template ?? 'empty', options.kind);
  const clock = options.clock ?? (options.now ? fixedClock(options.now) : systemClock);
  const config = { ...loadConfig({ DEMO_DATA: 'false', BACKGROUND_JOBS: 'false', PII_ENCRYPTION_KEY: testPiiKey }), ...options.config };
  const deps: AppDeps = { config, database, clock };
  const { app, declaredRoutes } = await buildApp(deps);
  return {
    app,
    deps,
    database,
    declaredRoutes,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
