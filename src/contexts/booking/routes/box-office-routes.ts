import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { actorOf } from '../booking-actor.ts';
import { cancelOrderAtBoxOffice } from '../box-office/cancel-order-at-box-office.ts';
import { bookingNumberParamsSchema, issueBodySchema, orderIdParamsSchema, returnBodySchema, staffCancelBodySchema } from '../box-office/contracts.ts';
import { getOrderByBookingNumber } from '../box-office/get-order-by-booking-number.ts';
import { issueTickets } from '../box-office/issue-tickets.ts';
import { returnTickets } from '../box-office/return-tickets.ts';
import { staffOrderDetailSchema } from '../staff-orders/contracts.ts';

const cashiers = ['cashier'] as const;
const tags = ['box office'];
const detail = { 200: staffOrderDetailSchema };

/** The point of sale: find an order by its booking number, issue, take returns, cancel. */
export const boxOfficeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/staff/orders/by-booking-number/:bookingNumber',
    {
      config: { access: cashiers },
      schema: { tags, summary: 'Find an order by the booking number the client reads out (typos caught by its check character)', params: bookingNumberParamsSchema, response: detail },
    },
    async (request) => getOrderByBookingNumber(deps.database.db, request.params.bookingNumber),
  );

  app.post(
    '/staff/orders/:orderId/issue',
    {
      config: { access: cashiers },
      schema: { tags, summary: 'Issue some or all tickets of a confirmed order, only as many as are paid for; their seats are sold', params: orderIdParamsSchema, body: issueBodySchema, response: detail },
    },
    async (request) => issueTickets(deps, actorOf(request), request.params.orderId, request.body?.ticketIds),
  );

  app.post(
    '/staff/orders/:orderId/returns',
    {
      config: { access: cashiers },
      schema: { tags, summary: 'Take back tickets before their event starts: seats back on sale, their frozen prices refunded', params: orderIdParamsSchema, body: returnBodySchema, response: detail },
    },
    async (request) => returnTickets(deps, actorOf(request), request.params.orderId, request.body),
  );

  app.post(
    '/staff/orders/:orderId/cancel',
    {
      config: { access: cashiers },
      schema: { tags, summary: 'Call off an order before anything is issued: holds released, whatever was paid refunded', params: orderIdParamsSchema, body: staffCancelBodySchema, response: detail },
    },
    async (request) => cancelOrderAtBoxOffice(deps, actorOf(request), request.params.orderId, request.body.reason),
  );
};
