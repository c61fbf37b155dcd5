import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import compress from '@fastify/compress';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { problemDetails } from './plugins/problem-details.ts';
import { accessControl, type DeclaredRoute } from './plugins/access.ts';
import { healthRoutes } from './health-routes.ts';
import { actorResolver, contextModules } from './contexts.ts';
import { serveWeb } from './plugins/web.ts';
import type { AppDeps } from './deps.ts';

// Personal data never reaches the logs (DOMAIN: phones and document numbers).
export const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  '*.phone',
  '*.password',
  '*.documentNumber',
  '*.documentSeries',
  '*.cardNumber',
];

export interface BuiltApp {
  app: FastifyInstance;
  /** Every /api route with the access it declares: the source of the access-matrix test. */
  declaredRoutes: DeclaredRoute[];
}

export async function buildApp(deps: AppDeps, logger: FastifyServerOptions['logger'] = false): Promise<BuiltApp> {
  const app = Fastify({
    logger: logger === false ? false : { ...(typeof logger === 'object' ? logger : {}), redact: redactedPaths },
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    trustProxy: deps.config.TRUST_PROXY,
    bodyLimit: 5 * 1024 * 1024,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const declaredRoutes: DeclaredRoute[] = [];
  await app.register(problemDetails);
  await app.register(cookie);
  await app.register(compress, { threshold: 2048 });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Ticketing platform API', version: '0.1.0', description: 'Stadiums, museums and cinemas: catalog, pricing, booking, payments.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(accessControl, { resolveActor: actorResolver(deps), declaredRoutes });

  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
      await api.register(healthRoutes, deps);
      for (const context of contextModules) {
        if (context.routes) await api.register(context.routes, deps);
      }
    },
    { prefix: '/api' },
  );
  await app.register(serveWeb);
  await app.ready();
  return { app, declaredRoutes };
}
