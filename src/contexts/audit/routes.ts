import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/deps.ts';
import { badRequest } from '../../shared/errors.ts';
import { listAuditEntries } from './list-audit-entries.ts';

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO date-time with a time zone' });

export const auditQuery = z.object({
  entity: z.string().trim().min(1).max(100).optional(),
  entityId: z.string().trim().min(1).max(200).optional(),
  actorId: z.uuid().optional(),
  from: instant.optional(),
  to: instant.optional(),
  cursor: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.uuid().nullable(),
  actorKind: z.enum(['client', 'staff', 'system']),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
});

export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/admin/audit',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['audit'],
        summary: 'Who changed what and when, with before and after; newest first, paged by cursor',
        querystring: auditQuery,
        response: { 200: z.object({ items: z.array(auditEntrySchema), nextCursor: z.number().int().nullable() }) },
      },
    },
    async (request) => {
      const { from, to, ...rest } = request.query;
      if (from && to && new Date(to) <= new Date(from)) throw badRequest('period_invalid', 'to must come after from.', { field: 'query.to' });
      return listAuditEntries(deps.database.db, { ...rest, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined });
    },
  );
};
