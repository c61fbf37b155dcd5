import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../server/db/types.ts';
import { notFound } from '../../../shared/errors.ts';

export interface SeatByOrdinal {
  ordinal: number;
  seatId: string;
  zoneId: string;
  row: string;
  label: string;
}

/**
 * The seat map numbers seats by ordinal to stay small; a request names seats by id.
 * This turns the ordinals a visitor picked into seat ids (and their row and label).
 * Ordinals that are no seat of the event's hall are simply absent from the answer.
 */
export async function findSeatsByOrdinal(db: Db, eventId: string, ordinals: readonly number[]): Promise<SeatByOrdinal[]> {
  const events = await queryRows<{ hall_id: string }>(db, sql`select hall_id from events where id = ${eventId}`);
  const event = events[0];
  if (!event) throw notFound('event_not_found', 'There is no such event.', { field: 'params.eventId' });
  if (ordinals.length === 0) return [];
  const rows = await queryRows<{ ordinal: number; id: string; zone_id: string; row_label: string; seat_label: string }>(
    db,
    sql`select ordinal, id, zone_id, row_label, seat_label from seats
        where hall_id = ${event.hall_id} and ordinal in ${[...ordinals]} order by ordinal`,
  );
  return rows.map((r) => ({ ordinal: r.ordinal, seatId: r.id, zoneId: r.zone_id, row: r.row_label, label: r.seat_label }));
}
