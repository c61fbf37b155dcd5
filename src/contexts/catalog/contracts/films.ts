import { z } from 'zod';
import { code, sessionTypeSpec } from '../import/venue-file.ts';
import { ageRating, coefficientText, id, moneyMinor, optionalText, pageOf, paging, text } from './common.ts';

// Films and session types (seed 003).

export const filmView = z.object({
  id,
  title: z.string(),
  titleEn: z.string().nullable(),
  description: z.string(),
  posterUrl: z.string().nullable(),
  basePriceMinor: z.number().int(),
  durationMinutes: z.number().int(),
  ageRating,
});

export const filmListQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional().describe('a part of the title'),
  ...paging,
});
export const filmPage = pageOf(filmView);

const posterUrl = z.url({ protocol: /^https?$/ }).max(2000);
const durationMinutes = z.number().int().min(1).max(1000);

export const createFilmBody = z.strictObject({
  title: text(300),
  titleEn: optionalText(300).nullable().optional(),
  description: optionalText(10_000).default(''),
  posterUrl: posterUrl.nullable().optional(),
  basePriceMinor: moneyMinor,
  durationMinutes,
  ageRating,
});
export const updateFilmBody = z.strictObject({
  title: text(300).optional(),
  titleEn: optionalText(300).nullable().optional(),
  description: optionalText(10_000).optional(),
  posterUrl: posterUrl.nullable().optional(),
  basePriceMinor: moneyMinor.optional(),
  durationMinutes: durationMinutes.optional(),
  ageRating: ageRating.optional(),
});

export const sessionTypeView = z.object({
  id,
  /** Null: shared by every venue. */
  venueId: id.nullable(),
  code: z.string(),
  name: z.string(),
  coefficient: z.string(),
  maxDurationMinutes: z.number().int().nullable(),
  maxAgeRating: ageRating.nullable(),
});

export const sessionTypeListQuery = z.strictObject({ venueId: id.optional().describe('the venue\'s own types and the shared ones') });
export const sessionTypeList = z.object({ items: z.array(sessionTypeView) });

export const createSessionTypeBody = sessionTypeSpec.extend({ venueId: id.nullable().default(null), code });
export const updateSessionTypeBody = z.strictObject({
  name: text(200).optional(),
  coefficient: coefficientText.optional(),
  maxDurationMinutes: z.number().int().min(1).max(10_000).nullable().optional(),
  maxAgeRating: ageRating.nullable().optional(),
});

export type FilmView = z.infer<typeof filmView>;
export type FilmListQuery = z.infer<typeof filmListQuery>;
export type CreateFilmBody = z.infer<typeof createFilmBody>;
export type UpdateFilmBody = z.infer<typeof updateFilmBody>;
export type SessionTypeView = z.infer<typeof sessionTypeView>;
export type CreateSessionTypeBody = z.infer<typeof createSessionTypeBody>;
export type UpdateSessionTypeBody = z.infer<typeof updateSessionTypeBody>;
