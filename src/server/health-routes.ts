import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { schemaVersion } from './db/migrate.ts';
import type { AppDeps } from './deps.ts';

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), schemaVersion: z.string().nullable(), migrations: z.number().int() }),
  time: z.string(),
});

export const healthRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: { tags: ['system'], summary: 'Liveness and the database the server runs on', response: { 200: healthSchema } },
    },
    async () => {
      const version = await schemaVersion(deps.database);
      return {
        status: 'ok' as const,
        database: { kind: deps.database.kind, schemaVersion: version.version, migrations: version.applied },
        time: deps.clock.now().toISOString(),
      };
    },
  );
};
