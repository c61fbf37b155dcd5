import { z } from 'zod';
import { ageRatings, eventKinds, serviceKinds, venueKinds, zoneKinds } from '../tables.ts';

// Building blocks shared by every catalog contract. Request schemas refuse unknown
// members (a misspelt "endAt" is a 400, not silently ignored); responses are plain
// JSON: instants are ISO 8601 strings, money integer kopecks, coefficients decimal text.

export const id = z.uuid();

/** Kopecks: a whole number, never negative, exact in a JS number. */
export const moneyMinor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** An exact coefficient as text: > 0, at most 6 whole digits and 4 decimals (numeric(10,4)). */
export const coefficientText = z
  .string()
  .regex(/^\d{1,6}(\.\d{1,4})?$/, 'must be a decimal such as "1.25" (at most 4 decimals)')
  .refine((value) => /[1-9]/.test(value), 'must be greater than 0');

export const ageRating = z.literal(ageRatings);
export const venueKind = z.enum(venueKinds);
export const zoneKind = z.enum(zoneKinds);
export const eventKind = z.enum(eventKinds);
export const serviceKind = z.enum(serviceKinds);

/** An instant with its offset: "2025-07-01T19:00:00+03:00" or "...Z". */
export const instantInput = z.iso.datetime({ offset: true });
export const instantOutput = z.string().describe('ISO 8601 instant (UTC)');

/** A date or date-time filter; without an offset it is read in the venue's own time zone. */
export const dateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
  error: 'must be an ISO date (2025-07-01) or date-time (2025-07-01T19:00:00+03:00)',
});

export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max);

export const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const idParams = <K extends string>(name: K) => z.object({ [name]: id } as Record<K, typeof id>);
