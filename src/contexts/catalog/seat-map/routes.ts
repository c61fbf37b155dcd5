import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { eventIdParams, seatMapAvailability, seatMapResponse, type SeatMapResponse } from './contracts.ts';
import { pickEncoding } from './body-encoding.ts';
import { matchesEtag } from './etag.ts';
import { getEventAvailability } from './get-event-availability.ts';
import { getSeatMap } from './get-seat-map.ts';
import { createHallGeometryCache } from './hall-geometry-cache.ts';
import { createLiveMapCache } from './live-map-cache.ts';
import type { SeatMapState } from './load-seat-map-state.ts';

const notModified = z.null().describe('Not modified: the map is the one of the ETag given in If-None-Match');

/** The public seat map of an event and its live availability. */
export const seatMapRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  // Both caches belong to this app instance; see their files for what keeps them exact.
  const seatMapDeps = {
    database: deps.database,
    clock: deps.clock,
    geometries: createHallGeometryCache(),
    liveMaps: createLiveMapCache<SeatMapState>(),
  };

  app.get(
    '/events/:eventId/seat-map',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'The seat map of an event with live availability',
        description:
          'Geometry (row runs per zone) and availability (one bit per seat ordinal) of every seat, and free places of general-admission zones. ' +
          'Send If-None-Match with the ETag to get 304 when nothing changed. Decode with decodeSeatMap (src/contexts/catalog/seat-map/contracts.ts).',
        params: eventIdParams,
        response: { 200: seatMapResponse, 304: notModified },
      },
    },
    async (request, reply) => {
      const map = await getSeatMap(seatMapDeps, request.params.eventId);
      reply.header('etag', map.etag).header('cache-control', 'no-cache').header('vary', 'accept-encoding');
      if (matchesEtag(request.headers['if-none-match'], map.etag)) return reply.code(304).send(null);
      // Sent as bytes already serialised and compressed (once per map, not per request): the
      // compress plugin leaves a body with a content-encoding alone. The tests check the
      // bytes against seatMapResponse.
      const encoding = pickEncoding(request.headers['accept-encoding']);
      if (encoding !== 'identity') reply.header('content-encoding', encoding);
      const bytes = await map.encoded(encoding);
      return reply.type('application/json; charset=utf-8').send(bytes as unknown as SeatMapResponse);
    },
  );

  app.get(
    '/events/:eventId/availability',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'The live availability of an event, to refresh a seat map',
        description: 'The `availability` part of the seat map. If `geometryVersion` differs from the map the portal holds, reload the seat map.',
        params: eventIdParams,
        response: { 200: seatMapAvailability, 304: notModified },
      },
    },
    async (request, reply) => {
      const { availability, etag } = await getEventAvailability(seatMapDeps, request.params.eventId);
      reply.header('etag', etag).header('cache-control', 'no-cache');
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
      return availability;
    },
  );
};
