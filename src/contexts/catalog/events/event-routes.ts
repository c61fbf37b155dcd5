import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { idParams } from '../contracts/common.ts';
import { cancelEventBody, createEventBody, eventDetail, eventListQuery, eventPage, eventZonePricesBody, updateEventBody } from '../contracts/events.ts';
import { changeOf, managerOnly, managerSecurity, managerTags, publicRead, publicTags } from '../shared/route-helpers.ts';
import { cancelEvent } from './cancel-event.ts';
import { createEvent } from './create-event.ts';
import { getEvent } from './get-event.ts';
import { listEvents } from './list-events.ts';
import { setEventZonePrices } from './set-event-zone-prices.ts';
import { updateEvent } from './update-event.ts';

const eventParams = idParams('eventId');
const manage = (summary: string) => ({ tags: managerTags, summary, security: managerSecurity });

export const eventRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const db = deps.database.db;

  app.get(
    '/events',
    { config: publicRead, schema: { tags: publicTags, summary: 'The schedule, by start, with filters and paging', querystring: eventListQuery, response: { 200: eventPage } } },
    (request) => listEvents(db, request.query, deps.clock.now()),
  );
  app.get(
    '/events/:eventId',
    {
      config: publicRead,
      schema: { tags: publicTags, summary: 'An event with its venue, hall, zones and prices, session types and film', params: eventParams, response: { 200: eventDetail } },
    },
    (request) => getEvent(db, request.params.eventId),
  );

  app.post(
    '/events',
    { config: managerOnly, schema: { ...manage('Schedule an event and put it on sale'), body: createEventBody, response: { 201: eventDetail } } },
    async (request, reply) => reply.status(201).send(await createEvent(db, changeOf(request, deps), request.body)),
  );
  app.patch(
    '/events/:eventId',
    { config: managerOnly, schema: { ...manage('Move or change an event'), params: eventParams, body: updateEventBody, response: { 200: eventDetail } } },
    (request) => updateEvent(db, changeOf(request, deps), request.params.eventId, request.body),
  );
  app.put(
    '/events/:eventId/zone-prices',
    { config: managerOnly, schema: { ...manage('Set the zone prices of an event'), params: eventParams, body: eventZonePricesBody, response: { 200: eventDetail } } },
    (request) => setEventZonePrices(db, changeOf(request, deps), request.params.eventId, request.body),
  );
  app.post(
    '/events/:eventId/cancel',
    { config: managerOnly, schema: { ...manage('Cancel an event (frees its hall slot)'), params: eventParams, body: cancelEventBody, response: { 200: eventDetail } } },
    (request) => cancelEvent(db, changeOf(request, deps), request.params.eventId, request.body.reason),
  );
};
