import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';

const webDist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist', 'web');

/** Serves the built web apps (portal and back office) and lets the client router own other paths. */
export const serveWeb = fp(async (app: FastifyInstance) => {
  if (!existsSync(join(webDist, 'index.html'))) return;
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
});
