import { z } from 'zod';

// The quote API: the lines a client (the portal) sends, and the priced answer.
// A booking request carries the very same lines, so booking imports these schemas
// and the web app builds its forms and its typed client on them. Requests refuse
// unknown members, so a misspelt "seatId" is a 400 naming it, never ignored.

const id = z.uuid();
const count = (max: number) => z.number().int().min(1).max(max);
const currency = z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217 code');

/** A seated event ticket: the seats of one zone (the portal sends one line per zone). */
export const seatedEventLineSchema = z.strictObject({
  eventId: id,
  seatIds: z.array(id).min(1).max(500).describe('Seats of one zone of the event; the zone is derived from them'),
  zoneId: id.optional().describe('Optional: when given, every seat must lie in this zone'),
  quantity: count(500).optional().describe('Optional: when given, must equal the number of seats'),
});

/** A general-admission event ticket: places on a dance floor or in an unseated zone. */
export const placesEventLineSchema = z.strictObject({
  eventId: id,
  zoneId: id,
  quantity: count(10_000),
});

export const eventLineSchema = z.union([seatedEventLineSchema, placesEventLineSchema]);

export const visitorsSchema = z.strictObject({ categoryId: id, count: count(10_000) });

/**
 * Any service: a bundle or season ticket (seatIds: the same seat in each of its events,
 * or quantity when it is general admission), a simple service (quantity), or a
 * museum-like editable service (visit objects, visitors, visit date and time).
 */
export const serviceLineSchema = z.strictObject({
  serviceId: id,
  quantity: count(10_000).optional(),
  seatIds: z.array(id).min(1).max(500).optional(),
  visitObjectIds: z.array(id).max(100).optional(),
  visitors: z.array(visitorsSchema).min(1).max(50).optional(),
  visitorCount: count(10_000).optional(),
  visitDate: z.iso.date().optional().describe('YYYY-MM-DD, the venue\'s wall-clock date'),
  visitTime: z.iso.time({ precision: -1 }).optional().describe('HH:MM, the venue\'s wall-clock time'),
});

export const quoteLineSchema = z.union([eventLineSchema, serviceLineSchema]);

export const quoteRequestSchema = z.strictObject({
  lines: z.array(quoteLineSchema).min(1).max(100),
});

const factorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('film_base_price'), filmId: z.string(), title: z.string(), priceMinor: z.number().int() }),
  z.object({ kind: z.literal('zone_price'), zoneId: z.string(), zoneName: z.string(), priceMinor: z.number().int() }),
  z.object({ kind: z.literal('service_cost'), serviceId: z.string(), serviceName: z.string(), priceMinor: z.number().int() }),
  z.object({
    kind: z.literal('coefficient'),
    source: z.enum(['hall_type', 'zone', 'session_type']),
    id: z.string(),
    name: z.string(),
    value: z.string().describe('The exact decimal, e.g. "1.5000"'),
  }),
  z.object({
    kind: z.literal('rounding'),
    exactMinor: z.string().describe('The exact product before the one rounding, in kopecks'),
    roundedMinor: z.number().int(),
  }),
  z.object({
    kind: z.literal('contract'),
    contractId: z.string(),
    contractNumber: z.string(),
    scope: z.enum(['event_zone', 'event', 'service']),
    priceMinor: z.number().int(),
    listPriceMinor: z.number().int().nullable(),
  }),
  z.object({
    kind: z.literal('museum_cell'),
    visitObjectId: z.string().nullable(),
    visitObjectName: z.string().nullable(),
    visitorCategoryId: z.string().nullable(),
    visitorCategoryName: z.string().nullable(),
    priceMinor: z.number().int(),
    priceSource: z.enum(['object_and_category', 'object', 'category', 'service_row', 'base_cost', 'contract']),
    priceRowId: z.string().nullable(),
    count: z.number().int(),
    subtotalMinor: z.number().int(),
  }),
]);

const validitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('days_from_payment'), days: z.number().int() }),
  z.object({ kind: z.literal('days_from_first_visit'), days: z.number().int() }),
  z.object({ kind: z.literal('within_window'), from: z.string(), to: z.string(), timeZone: z.string() }),
]);

export const quotedLineSchema = z.object({
  lineIndex: z.number().int(),
  kind: z.enum(['cinema', 'zone_price', 'package', 'simple', 'museum']),
  unitPriceMinor: z.number().int().nullable().describe('Per seat, item or visitor; null for a museum line whose amount does not divide evenly'),
  quantity: z.number().int(),
  amountMinor: z.number().int().describe('Authoritative: unit x quantity, or the sum of the museum cells'),
  currency,
  factors: z.array(factorSchema).describe('What made the price, in the order applied'),
  validity: validitySchema.nullable(),
  description: z.string().describe('What the line buys, as a person reads it'),
});

export const quoteResponseSchema = z.object({
  lines: z.array(quotedLineSchema),
  totalMinor: z.number().int().describe('The exact sum of the line amounts, in kopecks'),
  currency,
});

export type SeatedEventLineRequest = z.infer<typeof seatedEventLineSchema>;
export type PlacesEventLineRequest = z.infer<typeof placesEventLineSchema>;
export type EventLineRequest = z.infer<typeof eventLineSchema>;
export type ServiceLineRequest = z.infer<typeof serviceLineSchema>;
export type QuoteLineRequest = z.infer<typeof quoteLineSchema>;
export type QuoteRequest = z.infer<typeof quoteRequestSchema>;
export type QuotedLineResponse = z.infer<typeof quotedLineSchema>;
export type QuoteResponse = z.infer<typeof quoteResponseSchema>;

export const isEventLine = (line: QuoteLineRequest): line is EventLineRequest => 'eventId' in line;
