import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { auditActorOf } from '../audit-actor.ts';
import { actorOf } from '../require-actor.ts';
import { createStaffUser } from './create-staff-user.ts';
import { listStaffUsers } from './list-staff-users.ts';
import { resetStaffPassword } from './reset-staff-password.ts';
import { createStaffBody, resetStaffPasswordBody, staffParams, staffUserSchema, updateStaffBody } from './staff-contracts.ts';
import { updateStaffUser } from './update-staff-user.ts';

const tags = ['staff accounts'];
const access = ['admin'] as const;

export const staffRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/admin/staff',
    { config: { access }, schema: { tags, summary: 'Staff accounts with their roles', response: { 200: z.object({ items: z.array(staffUserSchema) }) } } },
    async () => ({ items: await listStaffUsers(deps) }),
  );

  app.post(
    '/admin/staff',
    { config: { access }, schema: { tags, summary: 'Create a staff account with roles', body: createStaffBody, response: { 201: staffUserSchema } } },
    async (request, reply) => {
      const created = await createStaffUser(deps.database.db, request.body, {
        actor: auditActorOf(actorOf(request)), now: deps.clock.now(), requestId: request.id,
      });
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/admin/staff/:userId',
    { config: { access }, schema: { tags, summary: 'Change roles, name, email; disable or enable', params: staffParams, body: updateStaffBody, response: { 200: staffUserSchema } } },
    async (request) => updateStaffUser(deps, actorOf(request), request.params.userId, request.body, { requestId: request.id }),
  );

  app.post(
    '/admin/staff/:userId/password',
    { config: { access }, schema: { tags, summary: 'Set a new password for a staff account; its sessions end', params: staffParams, body: resetStaffPasswordBody, response: { 204: z.null() } } },
    async (request, reply) => {
      await resetStaffPassword(deps, actorOf(request), request.params.userId, request.body.password, { requestId: request.id });
      return reply.status(204).send(null);
    },
  );
};
