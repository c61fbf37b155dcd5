import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { orderIdParamsSchema } from '../box-office/contracts.ts';
import { staffOrderDetailSchema, staffOrderPageSchema, staffOrderQuerySchema } from '../staff-orders/contracts.ts';
import { getStaffOrder } from '../staff-orders/get-staff-order.ts';
import { listStaffOrders } from '../staff-orders/list-staff-orders.ts';

const staff = ['operator', 'cashier', 'manager', 'admin'] as const;
const tags = ['orders'];

/** Orders as staff see them: the list with filters and counts, and one order in full. */
export const staffOrderRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/staff/orders',
    {
      config: { access: staff },
      schema: { tags, summary: 'Orders, newest first, by status, payment status and kind, dates, client or booking number, with the count of each status', querystring: staffOrderQuerySchema, response: { 200: staffOrderPageSchema } },
    },
    async (request) => listStaffOrders(deps.database.db, request.query),
  );

  app.get(
    '/staff/orders/:orderId',
    { config: { access: staff }, schema: { tags, summary: 'An order: tickets, payments and refunds, history', params: orderIdParamsSchema, response: { 200: staffOrderDetailSchema } } },
    async (request) => getStaffOrder(deps.database.db, request.params.orderId),
  );
};
