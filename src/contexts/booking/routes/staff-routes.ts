import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { actorOf } from '../booking-actor.ts';
import { normaliseBookingNumber } from '../booking-number.ts';
import { adjustLineBodySchema, processBodySchema, rejectBodySchema, requestDetailSchema, requestPageSchema, staffRequestQuerySchema } from '../contracts.ts';
import { adjustRequestLine } from '../processing/adjust-request-line.ts';
import { processRequest } from '../processing/process-request.ts';
import { rejectRequest } from '../processing/reject-request.ts';
import { releaseRequest } from '../processing/release-request.ts';
import { takeRequest } from '../processing/take-request.ts';
import { getStaffRequest } from '../views/get-staff-request.ts';
import { listRequestPage } from '../views/list-requests.ts';

const operators = ['operator'] as const;
const idParams = z.object({ id: z.uuid() });
const detail = { 200: requestDetailSchema };

/** The operator's queue and the processing of requests. */
export const staffRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/staff/requests',
    {
      config: { access: operators },
      schema: { tags: ['processing'], summary: 'The queue of requests, with filters and the count of each status', querystring: staffRequestQuerySchema, response: { 200: requestPageSchema } },
    },
    async (request) => {
      const { limit, offset, from, to, bookingNumber, ...filter } = request.query;
      return listRequestPage(
        deps.database.db,
        {
          ...filter,
          bookingNumber: bookingNumber === undefined ? undefined : normaliseBookingNumber(bookingNumber),
          from: from ? new Date(from) : undefined,
          to: to ? new Date(to) : undefined,
        },
        { limit, offset },
      );
    },
  );

  app.get(
    '/staff/requests/:id',
    { config: { access: operators }, schema: { tags: ['processing'], summary: 'A request: lines, what its hold has, history', params: idParams, response: detail } },
    async (request) => getStaffRequest(deps.database.db, request.params.id),
  );

  app.post(
    '/staff/requests/:id/take',
    { config: { access: operators }, schema: { tags: ['processing'], summary: 'Take a request into processing', params: idParams, response: detail } },
    async (request) => takeRequest(deps, actorOf(request), request.params.id),
  );

  app.post(
    '/staff/requests/:id/release',
    { config: { access: operators }, schema: { tags: ['processing'], summary: 'Put a request back in the queue', params: idParams, response: detail } },
    async (request) => releaseRequest(deps, actorOf(request), request.params.id),
  );

  app.patch(
    '/staff/requests/:id/lines/:lineId',
    {
      config: { access: operators },
      schema: {
        tags: ['processing'],
        summary: 'Adjust a line: other seats, quantity, visitors, a price with a reason, or refuse it',
        params: z.object({ id: z.uuid(), lineId: z.uuid() }),
        body: adjustLineBodySchema,
        response: detail,
      },
    },
    async (request) => adjustRequestLine(deps, actorOf(request), request.params.id, request.params.lineId, request.body),
  );

  app.post(
    '/staff/requests/:id/reject',
    { config: { access: operators }, schema: { tags: ['processing'], summary: 'Reject the whole request with a reason; its seats go back on sale', params: idParams, body: rejectBodySchema, response: detail } },
    async (request) => rejectRequest(deps, actorOf(request), request.params.id, request.body.reason),
  );

  app.post(
    '/staff/requests/:id/process',
    {
      config: { access: operators },
      schema: { tags: ['processing'], summary: 'Finish processing: refuse the lines named, form the order and ask the client to confirm', params: idParams, body: processBodySchema, response: detail },
    },
    async (request) => processRequest(deps, actorOf(request), request.params.id, request.body?.refuse ?? []),
  );
};
