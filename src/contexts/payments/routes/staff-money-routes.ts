import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { actorOf } from './route-actor.ts';
import { recordBoxOfficePayment } from '../box-office/record-box-office-payment.ts';
import { listOrderPayments } from '../box-office/list-order-payments.ts';
import { topUpAccount } from '../box-office/top-up-account.ts';
import { linkClientCard } from '../cards/link-client-card.ts';
import {
  accountMovementResultSchema, boxOfficePaymentBody, cardSchema, clientParams, contractParams, correctionBody, linkCardBody, orderParams,
  orderPaymentResultSchema, orderPaymentsSchema, topUpBody,
} from '../contracts.ts';
import { correctBalance } from '../corrections/correct-balance.ts';

const tags = ['payments'];
const cashiers = ['cashier'] as const;
// Bank transfers are entered by the back office as well as at the box office.
const takesMoney = ['cashier', 'manager'] as const;
const managers = ['manager', 'admin'] as const;
const readers = ['cashier', 'manager', 'admin'] as const;

/** The box office and the back office: payments for orders, cards, top-ups and corrections. */
export const staffMoneyRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post(
    '/staff/orders/:orderId/payments',
    {
      config: { access: cashiers },
      schema: {
        tags,
        summary: 'Take a payment for a confirmed order at a point of sale, in parts if need be (never more than is left)',
        params: orderParams,
        body: boxOfficePaymentBody,
        response: { 200: orderPaymentResultSchema.describe('A retry with the same key: the first result'), 201: orderPaymentResultSchema },
      },
    },
    async (request, reply) => {
      const result = await recordBoxOfficePayment(deps, actorOf(request), request.params.orderId, request.body, { requestId: request.id });
      return reply.status(result.status).send(result.body);
    },
  );

  app.get(
    '/staff/orders/:orderId/payments',
    { config: { access: readers }, schema: { tags, summary: "An order's amounts with every payment and refund", params: orderParams, response: { 200: orderPaymentsSchema } } },
    async (request) => listOrderPayments(deps.database.db, request.params.orderId),
  );

  app.post(
    '/staff/clients/:clientId/cards',
    {
      config: { access: cashiers },
      schema: { tags, summary: "Link a card number to the client's internal account (kept as a keyed hash and the last four digits)", params: clientParams, body: linkCardBody, response: { 200: cardSchema.describe('Linked to this client already'), 201: cardSchema } },
    },
    async (request, reply) => {
      const { card, created } = await linkClientCard(deps, actorOf(request), request.params.clientId, request.body.cardNumber, { requestId: request.id });
      return reply.status(created ? 201 : 200).send(card);
    },
  );

  app.post(
    '/staff/clients/:clientId/top-ups',
    {
      config: { access: takesMoney },
      schema: { tags, summary: "Credit money paid in (any box-office kind, or a bank transfer) to a client's internal account", params: clientParams, body: topUpBody, response: { 200: accountMovementResultSchema, 201: accountMovementResultSchema } },
    },
    async (request, reply) => {
      const result = await topUpAccount(deps, actorOf(request), { kind: 'client', clientId: request.params.clientId }, request.body, { requestId: request.id });
      return reply.status(result.status).send(result.body);
    },
  );

  app.post(
    '/staff/contracts/:contractId/top-ups',
    {
      config: { access: takesMoney },
      schema: { tags, summary: "Credit money paid in by a corporate client to its contract's balance", params: contractParams, body: topUpBody, response: { 200: accountMovementResultSchema, 201: accountMovementResultSchema } },
    },
    async (request, reply) => {
      const result = await topUpAccount(deps, actorOf(request), { kind: 'contract', contractId: request.params.contractId }, request.body, { requestId: request.id });
      return reply.status(result.status).send(result.body);
    },
  );

  app.post(
    '/staff/clients/:clientId/corrections',
    {
      config: { access: managers },
      schema: { tags, summary: "Correct a client's balance, with the reason (a new movement; history is never edited)", params: clientParams, body: correctionBody, response: { 200: accountMovementResultSchema, 201: accountMovementResultSchema } },
    },
    async (request, reply) => {
      const result = await correctBalance(deps, actorOf(request), { kind: 'client', clientId: request.params.clientId }, request.body, { requestId: request.id });
      return reply.status(result.status).send(result.body);
    },
  );

  app.post(
    '/staff/contracts/:contractId/corrections',
    {
      config: { access: managers },
      schema: { tags, summary: "Correct a contract's balance, with the reason", params: contractParams, body: correctionBody, response: { 200: accountMovementResultSchema, 201: accountMovementResultSchema } },
    },
    async (request, reply) => {
      const result = await correctBalance(deps, actorOf(request), { kind: 'contract', contractId: request.params.contractId }, request.body, { requestId: request.id });
      return reply.status(result.status).send(result.body);
    },
  );
};
