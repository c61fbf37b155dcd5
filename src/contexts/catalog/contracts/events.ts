import { z } from 'zod';
import { eventStatuses } from '../tables.ts';
import { ageRating, dateOrDateTime, eventKind, id, instantInput, instantOutput, moneyMinor, optionalText, pageOf, paging, text } from './common.ts';
import { filmView, sessionTypeView } from './films.ts';
import { hallTypeView, venueSummary, zoneView } from './venues.ts';

// The schedule: events (matches, concerts, film sessions, ...) and their zone prices.

export const eventStatus = z.enum(eventStatuses);

export const eventListQuery = z.strictObject({
  venueId: id.optional(),
  hallId: id.optional(),
  filmId: id.optional(),
  kind: eventKind.optional(),
  from: dateOrDateTime.optional().describe('events starting at or after; a date is the start of that day in the venue; default: events not yet over'),
  to: dateOrDateTime.optional().describe('events starting at or before; a date includes that whole day in the venue'),
  status: z.enum(['scheduled', 'cancelled', 'all']).default('scheduled'),
  ...paging,
});

export const eventSummary = z.object({
  id,
  kind: eventKind,
  status: eventStatus,
  title: z.string(),
  titleEn: z.string().nullable(),
  startsAt: instantOutput,
  endsAt: instantOutput,
  salesOpenAt: instantOutput.nullable(),
  salesCloseAt: instantOutput.nullable(),
  venue: z.object({ id, name: z.string(), kind: venueSummary.shape.kind, timeZone: z.string() }),
  hall: z.object({ id, name: z.string() }),
  film: z.object({ id, title: z.string(), ageRating, durationMinutes: z.number().int(), posterUrl: z.string().nullable() }).nullable(),
  sessionTypes: z.array(z.object({ id, code: z.string(), name: z.string() })),
});
export const eventPage = pageOf(eventSummary);

export const zonePriceView = z.object({ zoneId: id, priceMinor: z.number().int() });

export const eventDetail = eventSummary.omit({ venue: true, hall: true, film: true, sessionTypes: true }).extend({
  description: z.string(),
  venue: venueSummary,
  hall: z.object({ id, name: z.string(), description: z.string(), hallTypes: z.array(hallTypeView) }),
  /** The hall's zones; `priceMinor` is this event's price of the zone (null: not on sale, or a film session). */
  zones: z.array(zoneView.extend({ priceMinor: z.number().int().nullable() })),
  zonePrices: z.array(zonePriceView),
  sessionTypes: z.array(sessionTypeView),
  film: filmView.nullable(),
});

const zonePriceInput = z.strictObject({ zoneId: id, priceMinor: moneyMinor });

export const createEventBody = z.strictObject({
  hallId: id,
  kind: eventKind,
  title: text(300).optional().describe('a film session is titled after its film unless given'),
  titleEn: optionalText(300).nullable().optional(),
  description: optionalText(10_000).default(''),
  filmId: id.optional().describe('film sessions only'),
  startsAt: instantInput,
  endsAt: instantInput.optional().describe('not for film sessions: they end at start + film duration'),
  salesOpenAt: instantInput.nullable().optional(),
  salesCloseAt: instantInput.nullable().optional(),
  sessionTypeIds: z.array(id).max(10).default([]).describe('film sessions only, at least one'),
  zonePrices: z.array(zonePriceInput).max(1000).default([]).describe('not for film sessions; zones without a price are not on sale'),
});

export const updateEventBody = z.strictObject({
  title: text(300).optional(),
  titleEn: optionalText(300).nullable().optional(),
  description: optionalText(10_000).optional(),
  startsAt: instantInput.optional().describe('alone, it moves the event and keeps its length'),
  endsAt: instantInput.optional(),
  salesOpenAt: instantInput.nullable().optional(),
  salesCloseAt: instantInput.nullable().optional(),
  sessionTypeIds: z.array(id).max(10).optional(),
});

export const eventZonePricesBody = z.strictObject({ zonePrices: z.array(zonePriceInput).min(1).max(1000) });
export const cancelEventBody = z.strictObject({ reason: text(1000) });

export type EventListQuery = z.infer<typeof eventListQuery>;
export type EventSummary = z.infer<typeof eventSummary>;
export type EventDetail = z.infer<typeof eventDetail>;
export type CreateEventBody = z.infer<typeof createEventBody>;
export type UpdateEventBody = z.infer<typeof updateEventBody>;
export type EventZonePricesBody = z.infer<typeof eventZonePricesBody>;
export type CancelEventBody = z.infer<typeof cancelEventBody>;
