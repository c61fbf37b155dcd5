import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The three inventory tables of migration 0200: one row per thing that can be sold once.
// The catalog's tables (events, seats, zones, services) are referenced by id only.

export const unitStatuses = ['free', 'held', 'sold', 'blocked'] as const;
export type UnitStatus = (typeof unitStatuses)[number];

// Columns every sellable row has: a hold (`hold_id`, `held_until`) while held, and the
// ticket it became once sold (a sold row keeps its hold id, to trace which hold sold it).
const claimColumns = () => ({
  status: text('status', { enum: unitStatuses }).notNull().default('free'),
  holdId: uuid('hold_id'),
  heldUntil: timestamp('held_until', { withTimezone: true, mode: 'date' }),
  ticketId: uuid('ticket_id'),
});

export const eventSeats = pgTable(
  'event_seats',
  {
    eventId: uuid('event_id').notNull(),
    seatId: uuid('seat_id').notNull(),
    zoneId: uuid('zone_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    ...claimColumns(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.seatId] }), index('event_seats_hold').on(t.holdId)],
);

export const eventPlaces = pgTable(
  'event_places',
  {
    eventId: uuid('event_id').notNull(),
    zoneId: uuid('zone_id').notNull(),
    placeNo: integer('place_no').notNull(),
    ...claimColumns(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.zoneId, t.placeNo] }), index('event_places_hold').on(t.holdId)],
);

export const serviceUnits = pgTable(
  'service_units',
  {
    serviceId: uuid('service_id').notNull(),
    unitNo: integer('unit_no').notNull(),
    ...claimColumns(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.unitNo] }), index('service_units_hold').on(t.holdId)],
);
