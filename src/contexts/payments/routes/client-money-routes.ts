import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { accountStatementSchema, contractParams, orderParams, payOnlineBody, payOnlineResultSchema, statementQuery } from '../contracts.ts';
import { payOrderOnline } from '../online/pay-order-online.ts';
import { getOwnStatement } from '../statements/get-own-statement.ts';
import { actorOf } from './route-actor.ts';

const tags = ['payments'];
const clients = ['client', 'corporate'] as const;

/** The client's side: paying online and their own statements. */
export const clientMoneyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post(
    '/my/orders/:orderId/pay',
    {
      config: { access: clients },
      schema: {
        tags,
        summary: 'Pay the rest of your order from your internal account (by its linked card number) or, as a corporate representative, from the contract',
        params: orderParams,
        body: payOnlineBody,
        response: { 200: payOnlineResultSchema.describe('A retry with the same key: the first result'), 201: payOnlineResultSchema },
      },
    },
    async (request, reply) => {
      const result = await payOrderOnline(deps, actorOf(request), request.params.orderId, request.body, { requestId: request.id });
      return reply.status(result.status).send(result.body);
    },
  );

  app.get(
    '/my/account',
    {
      config: { access: clients },
      schema: { tags, summary: 'Your internal account: balance, linked cards (last four digits) and movements with their orders', querystring: statementQuery, response: { 200: accountStatementSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return getOwnStatement(deps.database.db, actor, { kind: 'client', clientId: actor.clientId ?? '' }, request.query);
    },
  );

  app.get(
    '/my/contracts/:contractId/account',
    {
      config: { access: ['corporate'] },
      schema: { tags, summary: "The balance, credit limit and movements of your organisation's contract", params: contractParams, querystring: statementQuery, response: { 200: accountStatementSchema } },
    },
    async (request) => getOwnStatement(deps.database.db, actorOf(request), { kind: 'contract', contractId: request.params.contractId }, request.query),
  );
};
