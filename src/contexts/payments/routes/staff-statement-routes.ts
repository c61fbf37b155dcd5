import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { accountStatementSchema, clientParams, contractParams, statementQuery } from '../contracts.ts';
import { getAccountStatement } from '../statements/get-account-statement.ts';

const tags = ['payments'];
const readers = ['cashier', 'manager', 'admin'] as const;

/** Staff see any client's account and any contract's balance. */
export const staffStatementRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/staff/clients/:clientId/account',
    { config: { access: readers }, schema: { tags, summary: "A client's internal account: balance, cards and movements", params: clientParams, querystring: statementQuery, response: { 200: accountStatementSchema } } },
    async (request) => getAccountStatement(deps.database.db, { kind: 'client', clientId: request.params.clientId }, request.query),
  );

  app.get(
    '/staff/contracts/:contractId/account',
    { config: { access: readers }, schema: { tags, summary: "A contract's balance, credit limit and movements", params: contractParams, querystring: statementQuery, response: { 200: accountStatementSchema } } },
    async (request) => getAccountStatement(deps.database.db, { kind: 'contract', contractId: request.params.contractId }, request.query),
  );
};
