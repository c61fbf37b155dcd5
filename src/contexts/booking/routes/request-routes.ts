import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { actorOf } from '../booking-actor.ts';
import { myListQuerySchema, orderPageSchema, orderDetailSchema, requestDetailSchema, requestPageSchema, requestSchema, submitRequestBodySchema, submitRequestHeadersSchema, cancelBodySchema } from '../contracts.ts';
import { cancelMyOrder } from '../orders/cancel-my-order.ts';
import { idempotencyKeyOf } from '../requests/idempotency.ts';
import { submitRequest } from '../requests/submit-request.ts';
import { getMyOrder } from '../views/get-my-order.ts';
import { getMyRequest } from '../views/get-my-request.ts';
import { listMyOrders } from '../views/list-my-orders.ts';
import { listMyRequests } from '../views/list-my-requests.ts';

const clients = ['client', 'corporate'] as const;
const idParams = z.object({ id: z.uuid() });

/** A client's side: submitting requests and seeing their own requests and orders. */
export const requestRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post(
    '/requests',
    {
      config: { access: clients },
      schema: {
        tags: ['booking'],
        summary: 'Submit a request: the lines are priced and their seats held at once, or nothing is (409 naming the taken seats)',
        body: submitRequestBodySchema,
        headers: submitRequestHeadersSchema,
        response: { 200: requestSchema.describe('A retry with the same idempotency key: the first result'), 201: requestSchema },
      },
    },
    async (request, reply) => {
      const idempotencyKey = idempotencyKeyOf(request.body.idempotencyKey, request.headers['idempotency-key']);
      const result = await submitRequest(deps, actorOf(request), { lines: request.body.lines, idempotencyKey });
      return reply.status(result.replayed ? 200 : 201).send(result.request);
    },
  );

  app.get(
    '/my/requests',
    { config: { access: clients }, schema: { tags: ['booking'], summary: 'Your requests, newest first', querystring: myListQuerySchema, response: { 200: requestPageSchema } } },
    async (request) => listMyRequests(deps.database.db, actorOf(request), request.query),
  );

  app.get(
    '/my/requests/:id',
    { config: { access: clients }, schema: { tags: ['booking'], summary: 'One of your requests: lines, prices, status and history', params: idParams, response: { 200: requestDetailSchema } } },
    async (request) => getMyRequest(deps.database.db, actorOf(request), request.params.id),
  );

  app.get(
    '/my/orders',
    { config: { access: clients }, schema: { tags: ['booking'], summary: 'Your orders, newest first', querystring: myListQuerySchema, response: { 200: orderPageSchema } } },
    async (request) => listMyOrders(deps.database.db, actorOf(request), request.query),
  );

  app.get(
    '/my/orders/:id',
    { config: { access: clients }, schema: { tags: ['booking'], summary: 'One of your orders: tickets, payment status and history', params: idParams, response: { 200: orderDetailSchema } } },
    async (request) => getMyOrder(deps.database.db, actorOf(request), request.params.id),
  );

  app.post(
    '/my/orders/:id/cancel',
    {
      config: { access: clients },
      schema: { tags: ['booking'], summary: 'Cancel your order while it is unpaid: its seats go back on sale', params: idParams, body: cancelBodySchema, response: { 200: orderDetailSchema } },
    },
    async (request) => cancelMyOrder(deps, actorOf(request), request.params.id, request.body?.reason),
  );
};
