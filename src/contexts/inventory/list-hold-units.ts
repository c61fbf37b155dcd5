import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../server/db/types.ts';
import { eventPlaces, eventSeats, serviceUnits } from './tables.ts';
import type { UnitRef } from './units.ts';

export interface HoldUnit {
  unit: UnitRef;
  status: 'held' | 'sold';
  /** Null once sold. A past deadline means the unit is free for anyone who claims it. */
  heldUntil: Date | null;
  ticketId: string | null;
}

/** What a hold has now: the units it holds and those it sold, seats first, in key order. */
export async function listHoldUnits(db: Db, holdId: string): Promise<HoldUnit[]> {
  const [seats, places, units] = [
    await db.select().from(eventSeats).where(eq(eventSeats.holdId, holdId)).orderBy(asc(eventSeats.eventId), asc(eventSeats.seatId)),
    await db.select().from(eventPlaces).where(eq(eventPlaces.holdId, holdId)).orderBy(asc(eventPlaces.eventId), asc(eventPlaces.zoneId), asc(eventPlaces.placeNo)),
    await db.select().from(serviceUnits).where(eq(serviceUnits.holdId, holdId)).orderBy(asc(serviceUnits.serviceId), asc(serviceUnits.unitNo)),
  ];
  const state = (row: { status: string; heldUntil: Date | null; ticketId: string | null }) => ({
    status: row.status === 'sold' ? ('sold' as const) : ('held' as const),
    heldUntil: row.heldUntil,
    ticketId: row.ticketId,
  });
  return [
    ...seats.map((r) => ({ unit: { kind: 'seat' as const, eventId: r.eventId, seatId: r.seatId }, ...state(r) })),
    ...places.map((r) => ({ unit: { kind: 'place' as const, eventId: r.eventId, zoneId: r.zoneId, placeNo: r.placeNo }, ...state(r) })),
    ...units.map((r) => ({ unit: { kind: 'unit' as const, serviceId: r.serviceId, unitNo: r.unitNo }, ...state(r) })),
  ];
}
