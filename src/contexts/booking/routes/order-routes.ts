import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { actorOf } from '../booking-actor.ts';
import { confirmByLinkQuerySchema, confirmByLinkResponseSchema, orderDetailSchema } from '../contracts.ts';
import { confirmMyOrder } from '../orders/confirm-my-order.ts';
import { confirmOrderByToken } from '../orders/confirm-order-by-token.ts';

/** Confirmation of a formed order: in the client's account, or by the signed link in the message. */
export const orderRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post(
    '/orders/:id/confirm',
    {
      config: { access: ['client', 'corporate'] },
      schema: {
        tags: ['booking'],
        summary: 'Confirm the composition and cost of your order: it becomes processed, ready to pay',
        params: z.object({ id: z.uuid() }),
        response: { 200: orderDetailSchema },
      },
    },
    async (request) => confirmMyOrder(deps, actorOf(request), request.params.id),
  );

  app.get(
    '/orders/confirm',
    {
      config: { access: 'public' },
      schema: {
        tags: ['booking'],
        summary: 'Confirm an order by the signed link from its message (no login: the link is the proof)',
        querystring: confirmByLinkQuerySchema,
        response: { 200: confirmByLinkResponseSchema },
      },
    },
    async (request) => confirmOrderByToken(deps, request.query.token),
  );
};
