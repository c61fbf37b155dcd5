import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { findSeatsByOrdinal } from './find-seats-by-ordinal.ts';

const MAX_SEATS = 200;

export const seatLookupQuery = z.object({
  ordinals: z
    .string()
    .regex(/^\d{1,7}(,\d{1,7})*$/, 'must be seat ordinals separated by commas, e.g. 12,13,14')
    .transform((value) => [...new Set(value.split(',').map(Number))])
    .refine((list) => list.length <= MAX_SEATS, `at most ${MAX_SEATS} seats at once`)
    .describe('Seat ordinals from the seat map, separated by commas'),
});

export const seatLookupResponse = z.object({
  items: z.array(
    z.object({ ordinal: z.number().int(), seatId: z.uuid(), zoneId: z.uuid(), row: z.string(), label: z.string() }),
  ),
});

export const seatLookupRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.get(
    '/events/:eventId/seats',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        summary: 'The ids, rows and labels of seats picked on the seat map by ordinal',
        params: z.object({ eventId: z.uuid() }),
        querystring: seatLookupQuery,
        response: { 200: seatLookupResponse },
      },
    },
    async (request) => ({ items: await findSeatsByOrdinal(deps.database.db, request.params.eventId, request.query.ordinals) }),
  );
};
