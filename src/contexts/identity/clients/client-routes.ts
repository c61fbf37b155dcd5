import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { staffRoles } from '../../../server/plugins/access.ts';
import { actorOf } from '../require-actor.ts';
import { actorSchema } from '../sessions/auth-contracts.ts';
import { clientParams, clientProfileSchema, clientSearchBody, updateContactsBody } from './client-contracts.ts';
import { getClient } from './get-client.ts';
import { getMe } from './get-me.ts';
import { searchClients } from './search-clients.ts';
import { updateClientContacts } from './update-client-contacts.ts';

const meSchema = z.object({
  actor: actorSchema,
  client: clientProfileSchema.nullable(),
  staff: z.object({ login: z.string(), email: z.string().nullable() }).nullable(),
});

export const clientRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/me',
    { config: { access: 'authenticated' }, schema: { tags: ['me'], summary: 'Who is logged in: the actor and the client profile or staff account', response: { 200: meSchema } } },
    async (request) => getMe(deps, actorOf(request)),
  );

  app.patch(
    '/me',
    {
      config: { access: ['client', 'corporate'] },
      schema: { tags: ['me'], summary: 'Change your contacts and notification preferences', body: updateContactsBody, response: { 200: clientProfileSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return updateClientContacts(deps, actor, actor.clientId ?? '', request.body, { requestId: request.id });
    },
  );

  // POST so that the phone or name searched for travels in the body, never in a logged URL.
  app.post(
    '/clients/search',
    {
      config: { access: staffRoles },
      schema: { tags: ['clients'], summary: 'Find clients by name, client code, email or phone', body: clientSearchBody, response: { 200: z.object({ items: z.array(clientProfileSchema) }) } },
    },
    async (request) => ({ items: await searchClients(deps, request.body) }),
  );

  app.get(
    '/clients/:clientId',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['clients'], summary: "A client's profile (staff; a client sees only their own)", params: clientParams, response: { 200: clientProfileSchema } },
    },
    async (request) => getClient(deps, actorOf(request), request.params.clientId),
  );

  app.patch(
    '/clients/:clientId',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['clients'], summary: "Change a client's contacts (staff; a client only their own)", params: clientParams, body: updateContactsBody, response: { 200: clientProfileSchema } },
    },
    async (request) => updateClientContacts(deps, actorOf(request), request.params.clientId, request.body, { requestId: request.id }),
  );
};
