import { z } from 'zod';
import { ageRating, coefficientText, optionalText, text, venueKind, zoneKind } from '../contracts/common.ts';

// The venue file of `npm run catalog -- import` and of the hall layout import
// (PUT /api/halls/:hallId/layout). docs/catalog-import.md describes it for people.
// Rows are compact (a label, a count or a list of seat labels, a start position and
// a step), so an 80,000-seat stadium stays a small file.

export const code = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'must be 1-40 lower-case letters, digits, "-" or "_"');

const label = z.string().trim().min(1).max(12);
const position = z.number().finite().min(-100_000).max(100_000);

/** A seat given one by one: its label, or null for a gap (an aisle), or a label with its own position. */
const seatEntry = z.union([label, z.null(), z.strictObject({ label, x: position, y: position })]);

export const rowSpec = z
  .strictObject({
    row: label.describe('the row label; with `repeat`, the first of consecutive numbers'),
    repeat: z.number().int().min(1).max(1000).optional().describe('this many rows, labelled row, row+1, ...'),
    seats: z.union([z.number().int().min(1).max(5000), z.array(seatEntry).min(1).max(5000)]),
    firstSeat: z.number().int().min(0).max(1_000_000).default(1).describe('with a count: the first seat number'),
    x: position.optional().describe('position of the first seat (default 0)'),
    y: position.optional().describe('position of the row (default: the next line of the hall)'),
    dx: position.default(1).describe('step from one seat to the next'),
    dy: position.default(0),
    rowDx: position.default(0).describe('with `repeat`: step from one row to the next'),
    rowDy: position.default(1),
  })
  .superRefine((row, ctx) => {
    if (row.repeat !== undefined && !/^\d+$/.test(row.row)) {
      ctx.addIssue({ code: 'custom', path: ['row'], message: 'must be a whole number when `repeat` is given' });
    }
  });

export const zoneLayout = z
  .strictObject({
    code,
    name: text(200),
    kind: zoneKind,
    coefficient: coefficientText.default('1'),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as "#1e88e5"').optional(),
    sortOrder: z.number().int().min(0).max(100_000).optional(),
    capacity: z.number().int().min(1).max(1_000_000).optional().describe('general admission only'),
    rows: z.array(rowSpec).max(5000).default([]).describe('seated only'),
  })
  .superRefine((zone, ctx) => {
    if (zone.kind === 'general_admission') {
      if (zone.capacity === undefined) ctx.addIssue({ code: 'custom', path: ['capacity'], message: 'a general-admission zone needs a capacity' });
      if (zone.rows.length > 0) ctx.addIssue({ code: 'custom', path: ['rows'], message: 'a general-admission zone has no rows' });
    } else {
      if (zone.capacity !== undefined) ctx.addIssue({ code: 'custom', path: ['capacity'], message: 'a seated zone has seats, not a capacity' });
      if (zone.rows.length === 0) ctx.addIssue({ code: 'custom', path: ['rows'], message: 'a seated zone needs at least one row' });
    }
  });

/** A hall's zones with their rows and seats; replaces the hall's whole layout. */
export const hallLayout = z.strictObject({ zones: z.array(zoneLayout).min(1).max(500) });

export const hallSpec = z.strictObject({
  name: text(200),
  description: optionalText(4000).default(''),
  hallTypes: z.array(code).max(20).default([]).describe('codes of hall types, from this file or already known'),
  zones: z.array(zoneLayout).min(1).max(500),
});

export const hallTypeSpec = z.strictObject({ code, name: text(200), coefficient: coefficientText });

export const sessionTypeSpec = z.strictObject({
  code,
  name: text(200),
  coefficient: coefficientText,
  maxDurationMinutes: z.number().int().min(1).max(10_000).nullable().default(null),
  maxAgeRating: ageRating.nullable().default(null),
});

export const venueSpec = z.strictObject({
  kind: venueKind,
  name: text(200),
  nameEn: optionalText(200).optional(),
  description: optionalText(4000).default(''),
  address: optionalText(1000).default(''),
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as "Europe/Moscow"').default('Europe/Moscow'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "RUB"').default('RUB'),
  holdMinutes: z.number().int().min(1).max(10_080).default(30),
  confirmHours: z.number().int().min(1).max(8_760).default(48),
});

export const venueFile = z.strictObject({
  venue: venueSpec,
  hallTypes: z.array(hallTypeSpec).max(100).default([]),
  sessionTypes: z.array(sessionTypeSpec).max(100).default([]),
  halls: z.array(hallSpec).max(500).default([]),
});

export type RowSpec = z.infer<typeof rowSpec>;
export type ZoneLayout = z.infer<typeof zoneLayout>;
export type HallLayout = z.infer<typeof hallLayout>;
export type HallSpec = z.infer<typeof hallSpec>;
export type VenueSpec = z.infer<typeof venueSpec>;
export type VenueFile = z.infer<typeof venueFile>;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
