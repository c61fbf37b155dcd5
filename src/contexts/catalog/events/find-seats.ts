import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { events, seats } from '../tables.ts';

/** A seat's address; rows and seats never change a price. */
export interface SeatFacts {
  id: string;
  zoneId: string;
  rowLabel: string;
  seatLabel: string;
  ordinal: number;
}

/**
 * The seats among `seatIds` that are in the event's hall, in seat order. An id
 * missing from the answer is not a seat of this event (unknown, or in another hall).
 */
export async function findSeats(db: Db, eventId: string, seatIds: readonly string[]): Promise<SeatFacts[]> {
  if (seatIds.length === 0) return [];
  return db
    .select({ id: seats.id, zoneId: seats.zoneId, rowLabel: seats.rowLabel, seatLabel: seats.seatLabel, ordinal: seats.ordinal })
    .from(seats)
    .innerJoin(events, eq(events.hallId, seats.hallId))
    .where(and(eq(events.id, eventId), inArray(seats.id, [...seatIds])))
    .orderBy(asc(seats.ordinal));
}
