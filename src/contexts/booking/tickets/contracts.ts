import { z } from 'zod';

// The gate's check-in: schemas imported by the back office (and a scanner app) too.

const id = z.uuid();

export const checkInBodySchema = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z2-7]{20}$/, 'a ticket code is 20 letters and digits 2-7')
    .describe("The ticket's code, as its QR code encodes it"),
  eventId: id.nullable().optional().describe('The event at this gate; null or left out at a gate with no event (a museum visit)'),
});

export const checkInResultSchema = z.object({
  admitted: z.literal(true),
  ticketId: id,
  bookingNumber: z.string(),
  eventId: id.nullable(),
  zoneId: id.nullable(),
  seatId: id.nullable(),
  placeNo: z.number().int().nullable(),
  checkedInAt: z.string().describe('ISO 8601 instant (UTC)'),
});

export type CheckInBody = z.infer<typeof checkInBodySchema>;
export type CheckInResult = z.infer<typeof checkInResultSchema>;
