import { z } from 'zod';

/**
 * The seat map contract, shared by the server and the portal.
 *
 * A map is split in two: the hall's geometry, which changes only when the hall is
 * re-drawn (cached by the server and by the browser through its `version` and the
 * ETag), and the live availability, which the portal may refresh on its own through
 * `GET /api/events/:eventId/availability`.
 *
 * Seats are numbered by `ordinal`, their place in the hall's seat order. Geometry
 * lists seats as row runs in ordinal order; availability is one bit per ordinal.
 * `decodeSeatMap` below turns both into one plain record per seat.
 */

export const eventIdParams = z.object({ eventId: z.uuid().describe('The event id') });

export const seatRun = z
  .object({
    z: z.number().int().min(0).describe('Index of the seat zone in `zones`'),
    r: z.string().describe('Row label'),
    o: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Ordinal of the first seat; absent when it follows the previous run (0 for the first run)'),
    x: z.number().describe('x of the first seat'),
    y: z.number().describe('y of the first seat'),
    dx: z.number().describe('Step in x from one seat of the run to the next'),
    dy: z.number().describe('Step in y from one seat of the run to the next'),
    n: z.number().int().min(1).describe('Number of seats; seat i (0-based) has ordinal o + i and sits at (x + i·dx, y + i·dy), rounded to 0.01'),
    s: z.number().int().optional().describe('Label of the first seat when the labels are consecutive whole numbers not starting at 1'),
    l: z.array(z.string()).optional().describe('Seat labels, one per seat, when they are not consecutive whole numbers'),
  })
  .describe('A run of seats of one row and zone, evenly spaced on a line, with consecutive ordinals. Labels are 1..n unless `s` or `l` says otherwise.');

export const bounds = z.object({ minX: z.number(), minY: z.number(), maxX: z.number(), maxY: z.number() });

export const seatMapGeometry = z
  .object({
    version: z.string().describe('Changes whenever seats or zones of the hall change; part of the ETag'),
    seatCount: z.number().int().min(0),
    ordinalCount: z.number().int().min(0).describe('Highest ordinal + 1: the number of bits in `availability.seats`'),
    bounds: bounds.nullable().describe('The box around all seats, in the units of the seat positions; null for a hall without seats'),
    rows: z.array(seatRun),
  })
  .describe('The static drawing of the hall; positions are in the hall plan units (metres for the stadium), y grows downwards');

export const seatMapZone = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(['seated', 'general_admission']),
  coefficient: z.string().describe('Exact decimal, e.g. "1.2500"'),
  color: z.string().nullable(),
  capacity: z.number().int().nullable().describe('General admission: how many people the zone takes'),
  seatCount: z.number().int().describe('Seated zones: how many seats it has'),
  bounds: bounds.nullable().describe('The box around the seats of a seated zone'),
  onSale: z.boolean().describe('False when the event does not sell this zone (no price for it, or the event is cancelled)'),
  priceMinor: z
    .number()
    .int()
    .nullable()
    .describe('Price of one ticket in this zone now, in kopecks; cinema: film base × hall types × zone × session types, rounded once'),
});

export const zoneAvailability = z.object({
  zoneId: z.uuid(),
  total: z.number().int().describe('Seats (seated) or places (general admission) of the zone in this event'),
  free: z.number().int().describe('Of them, free now (0 when the zone is not on sale)'),
});

export const seatMapAvailability = z.object({
  eventId: z.uuid(),
  at: z.iso.datetime().describe('When it was read'),
  geometryVersion: z.string().describe('The geometry the bits refer to; reload the seat map when it differs'),
  seats: z
    .string()
    .describe(
      'Base64 of a bitset: the bit of ordinal k is bit (7 − k mod 8) of byte ⌊k / 8⌋ (most significant first); 1 = free now, 0 = held, sold, blocked, not on sale or no such seat',
    ),
  freeSeats: z.number().int(),
  zones: z.array(zoneAvailability).describe('Free and total per zone, seated and general admission'),
});

export const seatMapEvent = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  status: z.enum(['scheduled', 'cancelled']),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  venue: z.object({ id: z.uuid(), name: z.string(), timeZone: z.string(), currency: z.string() }),
  hall: z.object({ id: z.uuid(), name: z.string() }),
  film: z.object({ id: z.uuid(), title: z.string(), durationMinutes: z.number().int(), ageRating: z.number().int() }).nullable(),
});

export const seatMapResponse = z.object({
  event: seatMapEvent,
  geometry: seatMapGeometry,
  zones: z.array(seatMapZone).describe('Every zone of the hall; a run refers to one by its index'),
  availability: seatMapAvailability,
});

export type SeatRun = z.infer<typeof seatRun>;
export type Bounds = z.infer<typeof bounds>;
export type SeatMapGeometry = z.infer<typeof seatMapGeometry>;
export type SeatMapZone = z.infer<typeof seatMapZone>;
export type ZoneAvailability = z.infer<typeof zoneAvailability>;
export type SeatMapAvailability = z.infer<typeof seatMapAvailability>;
export type SeatMapEvent = z.infer<typeof seatMapEvent>;
export type SeatMapResponse = z.infer<typeof seatMapResponse>;

/** One seat as the portal draws it. */
export interface DecodedSeat {
  ordinal: number;
  zoneIndex: number;
  row: string;
  label: string;
  x: number;
  y: number;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Every seat of the geometry, in ordinal order, with its row, label and position. Pure; runs in the browser. */
export function decodeSeats(geometry: Pick<SeatMapGeometry, 'rows'>): DecodedSeat[] {
  const seats: DecodedSeat[] = [];
  let next = 0;
  for (const run of geometry.rows) {
    const first = run.o ?? next;
    for (let i = 0; i < run.n; i += 1) {
      seats.push({
        ordinal: first + i,
        zoneIndex: run.z,
        row: run.r,
        label: run.l?.[i] ?? String((run.s ?? 1) + i),
        x: round2(run.x + i * run.dx),
        y: round2(run.y + i * run.dy),
      });
    }
    next = first + run.n;
  }
  return seats;
}

/** The bytes of the availability bitset (browser and Node both have atob). */
export function decodeAvailabilityBits(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function isOrdinalFree(bits: Uint8Array, ordinal: number): boolean {
  const byte = bits[ordinal >> 3] ?? 0;
  return ((byte >> (7 - (ordinal & 7))) & 1) === 1;
}

/** The whole map as one record per seat: where it is, which zone, and whether it is free now. */
export function decodeSeatMap(
  map: Pick<SeatMapResponse, 'geometry' | 'zones'> & { availability: Pick<SeatMapAvailability, 'seats'> },
): Array<DecodedSeat & { zoneId: string; free: boolean }> {
  const bits = decodeAvailabilityBits(map.availability.seats);
  return decodeSeats(map.geometry).map((seat) => ({
    ...seat,
    zoneId: map.zones[seat.zoneIndex]?.id ?? '',
    free: isOrdinalFree(bits, seat.ordinal),
  }));
}
