import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';

const webDist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist', 'web');

/**
 * A path the client router never owns: the API, the built assets, and anything that names a
 * file (`/favicon.ico`, `/x.js`). A missing one is a 404, not the app's page: a browser
 * would otherwise run index.html as a script or style and report a confusing error.
 */
export function isFilePath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return path.startsWith('/api/') || path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path);
}

/** Serves the built web apps (portal and back office) and lets the client router own other paths. */
export const serveWeb = fp(async (app: FastifyInstance) => {
  if (!existsSync(join(webDist, 'index.html'))) return;
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    if (isFilePath(request.url)) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
});
