import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { idParams } from '../contracts/common.ts';
import {
  createServiceBody,
  createVisitObjectBody,
  createVisitorCategoryBody,
  serviceDetail,
  serviceEventsBody,
  serviceListQuery,
  servicePage,
  servicePricesBody,
  serviceVisitObjectsBody,
  serviceVisitorCategoriesBody,
  updateServiceBody,
  updateVisitObjectBody,
  updateVisitorCategoryBody,
  visitObjectList,
  visitObjectListQuery,
  visitObjectView,
  visitorCategoryList,
  visitorCategoryView,
} from '../contracts/services.ts';
import { changeOf, managerOnly, managerSecurity, managerTags, publicRead, publicTags } from '../shared/route-helpers.ts';
import { createService } from './create-service.ts';
import { createVisitObject } from './create-visit-object.ts';
import { createVisitorCategory } from './create-visitor-category.ts';
import { getService } from './get-service.ts';
import { listServices } from './list-services.ts';
import { listVisitObjects } from './list-visit-objects.ts';
import { listVisitorCategories } from './list-visitor-categories.ts';
import { setServiceOptions } from './set-service-options.ts';
import { updateService } from './update-service.ts';
import { updateVisitObject } from './update-visit-object.ts';
import { updateVisitorCategory } from './update-visitor-category.ts';

const serviceParams = idParams('serviceId');
const manage = (summary: string) => ({ tags: managerTags, summary, security: managerSecurity });

export const serviceRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const db = deps.database.db;

  app.get(
    '/services',
    { config: publicRead, schema: { tags: publicTags, summary: 'Services on offer', querystring: serviceListQuery, response: { 200: servicePage } } },
    (request) => listServices(db, request.query),
  );
  app.get(
    '/services/:serviceId',
    {
      config: publicRead,
      schema: { tags: publicTags, summary: 'A service with its flags, options, price table, date rules, events and stock left', params: serviceParams, response: { 200: serviceDetail } },
    },
    (request) => getService(db, request.params.serviceId, deps.clock.now()),
  );
  app.get(
    '/visit-objects',
    { config: publicRead, schema: { tags: publicTags, summary: 'Visit objects of a venue', querystring: visitObjectListQuery, response: { 200: visitObjectList } } },
    (request) => listVisitObjects(db, request.query),
  );
  app.get('/visitor-categories', { config: publicRead, schema: { tags: publicTags, summary: 'Visitor categories', response: { 200: visitorCategoryList } } }, () =>
    listVisitorCategories(db),
  );

  app.post(
    '/services',
    { config: managerOnly, schema: { ...manage('Create a service with its flags and options'), body: createServiceBody, response: { 201: serviceDetail } } },
    async (request, reply) => reply.status(201).send(await createService(db, changeOf(request, deps), request.body)),
  );
  app.patch(
    '/services/:serviceId',
    { config: managerOnly, schema: { ...manage('Change a service and its flags'), params: serviceParams, body: updateServiceBody, response: { 200: serviceDetail } } },
    (request) => updateService(db, changeOf(request, deps), request.params.serviceId, request.body),
  );
  const options = [
    ['visit-objects', serviceVisitObjectsBody, 'Set the visit objects a service offers (with IsRequire)'],
    ['visitor-categories', serviceVisitorCategoriesBody, 'Set the visitor categories of a service (with RequireVisitorCount)'],
    ['prices', servicePricesBody, 'Set the price table of a service'],
    ['events', serviceEventsBody, 'Set the events of a bundle, season ticket or event ticket'],
  ] as const;
  for (const [path, body, summary] of options) {
    app.put(
      `/services/:serviceId/${path}`,
      { config: managerOnly, schema: { ...manage(summary), params: serviceParams, body, response: { 200: serviceDetail } } },
      (request) => setServiceOptions(db, changeOf(request, deps), request.params.serviceId, request.body),
    );
  }

  app.post(
    '/visit-objects',
    { config: managerOnly, schema: { ...manage('Add a visit object to a venue'), body: createVisitObjectBody, response: { 201: visitObjectView } } },
    async (request, reply) => reply.status(201).send(await createVisitObject(db, changeOf(request, deps), request.body)),
  );
  app.patch(
    '/visit-objects/:visitObjectId',
    { config: managerOnly, schema: { ...manage('Change a visit object'), params: idParams('visitObjectId'), body: updateVisitObjectBody, response: { 200: visitObjectView } } },
    (request) => updateVisitObject(db, changeOf(request, deps), request.params.visitObjectId, request.body),
  );
  app.post(
    '/visitor-categories',
    { config: managerOnly, schema: { ...manage('Add a visitor category'), body: createVisitorCategoryBody, response: { 201: visitorCategoryView } } },
    async (request, reply) => reply.status(201).send(await createVisitorCategory(db, changeOf(request, deps), request.body)),
  );
  app.patch(
    '/visitor-categories/:visitorCategoryId',
    {
      config: managerOnly,
      schema: { ...manage('Rename a visitor category'), params: idParams('visitorCategoryId'), body: updateVisitorCategoryBody, response: { 200: visitorCategoryView } },
    },
    (request) => updateVisitorCategory(db, changeOf(request, deps), request.params.visitorCategoryId, request.body),
  );
};
