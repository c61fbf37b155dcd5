import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { idParams } from '../contracts/common.ts';
import {
  createHallBody,
  createHallTypeBody,
  createVenueBody,
  createZoneBody,
  hallLayoutBody,
  hallTypeList,
  hallTypeView,
  hallView,
  updateHallBody,
  updateHallTypeBody,
  updateVenueBody,
  updateZoneBody,
  venueDetail,
  venueList,
  venueListQuery,
  zoneView,
} from '../contracts/venues.ts';
import { changeOf, managerOnly, managerSecurity, managerTags, publicRead, publicTags } from '../shared/route-helpers.ts';
import { createHall } from './create-hall.ts';
import { createHallType } from './create-hall-type.ts';
import { createVenue } from './create-venue.ts';
import { createZone } from './create-zone.ts';
import { getVenue } from './get-venue.ts';
import { importHallLayout } from './import-hall-layout.ts';
import { listHallTypes } from './list-hall-types.ts';
import { listVenues } from './list-venues.ts';
import { updateHall } from './update-hall.ts';
import { updateHallType } from './update-hall-type.ts';
import { updateVenue } from './update-venue.ts';
import { updateZone } from './update-zone.ts';

const venueParams = idParams('venueId');
const hallParams = idParams('hallId');
const manage = (summary: string) => ({ tags: managerTags, summary, security: managerSecurity });

export const venueRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const db = deps.database.db;

  app.get('/venues', { config: publicRead, schema: { tags: publicTags, summary: 'Venues', querystring: venueListQuery, response: { 200: venueList } } }, (request) =>
    listVenues(db, request.query),
  );
  app.get(
    '/venues/:venueId',
    { config: publicRead, schema: { tags: publicTags, summary: 'A venue with its halls, hall types, zones and session types', params: venueParams, response: { 200: venueDetail } } },
    (request) => getVenue(db, request.params.venueId),
  );
  app.get('/hall-types', { config: publicRead, schema: { tags: publicTags, summary: 'Hall types with their coefficients', response: { 200: hallTypeList } } }, () =>
    listHallTypes(db),
  );

  app.post('/venues', { config: managerOnly, schema: { ...manage('Create a venue'), body: createVenueBody, response: { 201: venueDetail } } }, async (request, reply) =>
    reply.status(201).send(await createVenue(db, changeOf(request, deps), request.body)),
  );
  app.patch(
    '/venues/:venueId',
    { config: managerOnly, schema: { ...manage('Change a venue'), params: venueParams, body: updateVenueBody, response: { 200: venueDetail } } },
    (request) => updateVenue(db, changeOf(request, deps), request.params.venueId, request.body),
  );
  app.post(
    '/hall-types',
    { config: managerOnly, schema: { ...manage('Create a hall type'), body: createHallTypeBody, response: { 201: hallTypeView } } },
    async (request, reply) => reply.status(201).send(await createHallType(db, changeOf(request, deps), request.body)),
  );
  app.patch(
    '/hall-types/:hallTypeId',
    { config: managerOnly, schema: { ...manage('Change a hall type'), params: idParams('hallTypeId'), body: updateHallTypeBody, response: { 200: hallTypeView } } },
    (request) => updateHallType(db, changeOf(request, deps), request.params.hallTypeId, request.body),
  );
  app.post(
    '/venues/:venueId/halls',
    { config: managerOnly, schema: { ...manage('Add a hall to a venue'), params: venueParams, body: createHallBody, response: { 201: hallView } } },
    async (request, reply) => reply.status(201).send(await createHall(db, changeOf(request, deps), request.params.venueId, request.body)),
  );
  app.patch(
    '/halls/:hallId',
    { config: managerOnly, schema: { ...manage('Change a hall and its hall types'), params: hallParams, body: updateHallBody, response: { 200: hallView } } },
    (request) => updateHall(db, changeOf(request, deps), request.params.hallId, request.body),
  );
  app.put(
    '/halls/:hallId/layout',
    {
      config: managerOnly,
      schema: { ...manage('Replace a hall\'s zones, rows and seats (the import file format; only while no event uses the hall)'), params: hallParams, body: hallLayoutBody, response: { 200: hallView } },
    },
    (request) => importHallLayout(db, changeOf(request, deps), request.params.hallId, request.body),
  );
  app.post(
    '/halls/:hallId/zones',
    { config: managerOnly, schema: { ...manage('Add a zone to a hall'), params: hallParams, body: createZoneBody, response: { 201: zoneView } } },
    async (request, reply) => reply.status(201).send(await createZone(db, changeOf(request, deps), request.params.hallId, request.body)),
  );
  app.patch(
    '/zones/:zoneId',
    { config: managerOnly, schema: { ...manage('Change a zone'), params: idParams('zoneId'), body: updateZoneBody, response: { 200: zoneView } } },
    (request) => updateZone(db, changeOf(request, deps), request.params.zoneId, request.body),
  );
};
