import { z } from 'zod';
import { code, hallLayout, hallTypeSpec, venueSpec } from '../import/venue-file.ts';
import { coefficientText, id, optionalText, text, venueKind, zoneKind } from './common.ts';
import { sessionTypeView } from './films.ts';

// Venues, halls, hall types and zones: what the public reads and what a manager writes.

export const hallTypeView = z.object({ id, code: z.string(), name: z.string(), coefficient: z.string() });

export const zoneView = z.object({
  id,
  code: z.string(),
  name: z.string(),
  kind: zoneKind,
  /** General admission: how many people the zone takes; seated: null. */
  capacity: z.number().int().nullable(),
  coefficient: z.string(),
  color: z.string().nullable(),
  sortOrder: z.number().int(),
  seatCount: z.number().int(),
});

export const hallView = z.object({
  id,
  venueId: id,
  name: z.string(),
  description: z.string(),
  hallTypes: z.array(hallTypeView),
  zones: z.array(zoneView),
});

export const venueSummary = z.object({
  id,
  kind: venueKind,
  name: z.string(),
  nameEn: z.string().nullable(),
  description: z.string(),
  address: z.string(),
  timeZone: z.string(),
  currency: z.string(),
});

export const venueDetail = venueSummary.extend({
  holdMinutes: z.number().int(),
  confirmHours: z.number().int(),
  halls: z.array(hallView),
  sessionTypes: z.array(sessionTypeView),
});

export const venueListQuery = z.strictObject({ kind: venueKind.optional() });
export const venueList = z.object({ items: z.array(venueSummary) });

export const createVenueBody = venueSpec;
export const updateVenueBody = z.strictObject({
  kind: venueKind.optional(),
  name: text(200).optional(),
  nameEn: optionalText(200).nullable().optional(),
  description: optionalText(4000).optional(),
  address: optionalText(1000).optional(),
  timeZone: venueSpec.shape.timeZone.unwrap().optional(),
  currency: venueSpec.shape.currency.unwrap().optional(),
  holdMinutes: venueSpec.shape.holdMinutes.unwrap().optional(),
  confirmHours: venueSpec.shape.confirmHours.unwrap().optional(),
});

export const createHallTypeBody = hallTypeSpec;
export const updateHallTypeBody = z.strictObject({ name: text(200).optional(), coefficient: coefficientText.optional() });
export const hallTypeList = z.object({ items: z.array(hallTypeView) });

export const createHallBody = z.strictObject({
  name: text(200),
  description: optionalText(4000).default(''),
  hallTypeIds: z.array(id).max(20).default([]),
});
export const updateHallBody = z.strictObject({
  name: text(200).optional(),
  description: optionalText(4000).optional(),
  hallTypeIds: z.array(id).max(20).optional(),
});

export const createZoneBody = z
  .strictObject({
    code,
    name: text(200),
    kind: zoneKind,
    capacity: z.number().int().min(1).max(1_000_000).optional(),
    coefficient: coefficientText.default('1'),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as "#1e88e5"').nullable().optional(),
    sortOrder: z.number().int().min(0).max(100_000).default(0),
  })
  .superRefine((zone, ctx) => {
    if ((zone.kind === 'general_admission') !== (zone.capacity !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['capacity'], message: 'a general-admission zone needs a capacity; a seated zone has none' });
    }
  });
export const updateZoneBody = z.strictObject({
  name: text(200).optional(),
  capacity: z.number().int().min(1).max(1_000_000).optional(),
  coefficient: coefficientText.optional(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});

export const hallLayoutBody = hallLayout;

export type HallTypeView = z.infer<typeof hallTypeView>;
export type ZoneView = z.infer<typeof zoneView>;
export type HallView = z.infer<typeof hallView>;
export type VenueSummary = z.infer<typeof venueSummary>;
export type VenueDetail = z.infer<typeof venueDetail>;
export type CreateVenueBody = z.infer<typeof createVenueBody>;
export type UpdateVenueBody = z.infer<typeof updateVenueBody>;
export type CreateHallTypeBody = z.infer<typeof createHallTypeBody>;
export type UpdateHallTypeBody = z.infer<typeof updateHallTypeBody>;
export type CreateHallBody = z.infer<typeof createHallBody>;
export type UpdateHallBody = z.infer<typeof updateHallBody>;
export type CreateZoneBody = z.infer<typeof createZoneBody>;
export type UpdateZoneBody = z.infer<typeof updateZoneBody>;
export type HallLayoutBody = z.infer<typeof hallLayoutBody>;
