import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { actorOf } from '../require-actor.ts';
import { addRepresentative } from './add-representative.ts';
import {
  addRepresentativeBody, contractParams, contractPricesBody, contractSchema, createContractBody, organizationBody, organizationDetailSchema,
  organizationParams, organizationSchema, organizationSearchQuery, representativeParams, updateContractBody, updateOrganizationBody,
} from './corporate-contracts.ts';
import { createContract } from './create-contract.ts';
import { createOrganization } from './create-organization.ts';
import { getContract } from './get-contract.ts';
import { getOrganization } from './get-organization.ts';
import { listOrganizations } from './list-organizations.ts';
import { listOwnContracts } from './list-own-contracts.ts';
import { removeRepresentative } from './remove-representative.ts';
import { setContractPrices } from './set-contract-prices.ts';
import { updateContract } from './update-contract.ts';
import { updateOrganization } from './update-organization.ts';

const tags = ['corporate clients'];
const managers = ['manager'] as const;

export const corporateRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/me/contracts',
    {
      config: { access: ['corporate'] },
      schema: { tags, summary: "The organisation you represent and its contracts with their special prices", response: { 200: z.object({ organization: organizationSchema, contracts: z.array(contractSchema) }) } },
    },
    async (request) => listOwnContracts(deps, actorOf(request)),
  );

  app.get(
    '/organizations',
    { config: { access: managers }, schema: { tags, summary: 'Organisations (corporate clients)', querystring: organizationSearchQuery, response: { 200: z.object({ items: z.array(organizationSchema) }) } } },
    async (request) => ({ items: await listOrganizations(deps, request.query.search) }),
  );

  app.post(
    '/organizations',
    { config: { access: managers }, schema: { tags, summary: 'Register an organisation', body: organizationBody, response: { 201: organizationSchema } } },
    async (request, reply) => reply.status(201).send(await createOrganization(deps, actorOf(request), request.body, { requestId: request.id })),
  );

  app.get(
    '/organizations/:organizationId',
    { config: { access: managers }, schema: { tags, summary: 'An organisation with its representatives and contracts', params: organizationParams, response: { 200: organizationDetailSchema } } },
    async (request) => getOrganization(deps, request.params.organizationId),
  );

  app.patch(
    '/organizations/:organizationId',
    { config: { access: managers }, schema: { tags, summary: "Change an organisation's details", params: organizationParams, body: updateOrganizationBody, response: { 200: organizationSchema } } },
    async (request) => updateOrganization(deps, actorOf(request), request.params.organizationId, request.body, { requestId: request.id }),
  );

  app.post(
    '/organizations/:organizationId/representatives',
    { config: { access: managers }, schema: { tags, summary: 'Make a registered client a representative of the organisation', params: organizationParams, body: addRepresentativeBody, response: { 204: z.null() } } },
    async (request, reply) => {
      await addRepresentative(deps, actorOf(request), request.params.organizationId, request.body.clientId, { requestId: request.id });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/organizations/:organizationId/representatives/:clientId',
    { config: { access: managers }, schema: { tags, summary: 'Stop a client representing the organisation', params: representativeParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeRepresentative(deps, actorOf(request), request.params.organizationId, request.params.clientId, { requestId: request.id });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/organizations/:organizationId/contracts',
    { config: { access: managers }, schema: { tags, summary: 'Conclude a contract with special prices', params: organizationParams, body: createContractBody, response: { 201: contractSchema } } },
    async (request, reply) => reply.status(201).send(await createContract(deps, actorOf(request), request.params.organizationId, request.body, { requestId: request.id })),
  );

  app.get(
    '/contracts/:contractId',
    { config: { access: managers }, schema: { tags, summary: 'A contract with its special prices', params: contractParams, response: { 200: contractSchema } } },
    async (request) => getContract(deps, request.params.contractId),
  );

  app.patch(
    '/contracts/:contractId',
    { config: { access: managers }, schema: { tags, summary: "Change a contract's terms, or activate, suspend or close it", params: contractParams, body: updateContractBody, response: { 200: contractSchema } } },
    async (request) => updateContract(deps, actorOf(request), request.params.contractId, request.body, { requestId: request.id }),
  );

  app.put(
    '/contracts/:contractId/prices',
    { config: { access: managers }, schema: { tags, summary: "Replace a contract's special prices", params: contractParams, body: contractPricesBody, response: { 200: contractSchema } } },
    async (request) => setContractPrices(deps, actorOf(request), request.params.contractId, request.body.prices, { requestId: request.id }),
  );
};
