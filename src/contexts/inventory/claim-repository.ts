import { sql } from 'drizzle-orm';
import { queryPrepared } from '../../server/db/prepared.ts';
import { type Db, queryRows } from '../../server/db/types.ts';
import { at, keysSource, keysValues, unitTables } from './unit-tables.ts';
import type { HoldTerms } from './hold-terms.ts';
import type { SeatRef } from './units.ts';

// Claims: each is one statement that locks only the rows it takes (ADR 0004).

export interface ClaimedSeat extends SeatRef {
  zoneId: string;
  ordinal: number;
}

/** What a claim of seats found: the seats it holds now, or none and the ones it could have had. */
export type SeatClaim = { complete: true; claimed: ClaimedSeat[] } | { complete: false; claimable: SeatRef[] };

/**
 * Holds every given seat if every one is free, expired, or already this hold's, and
 * otherwise none: one statement, so a failed claim leaves nothing behind without a
 * savepoint around it. Rows are locked in key order before they are changed, so two
 * claims of overlapping seats never deadlock; a claim that meets a row another claim
 * has locked waits for it to commit and then re-reads it, so a seat is never taken
 * twice. A failed claim says which seats it could have had, so the caller can name
 * the others; the rows it locked stay locked until the caller's transaction ends.
 */
export async function claimSeats(db: Db, terms: HoldTerms, seats: readonly SeatRef[]): Promise<SeatClaim> {
  // Named, with the seats as a VALUES list: one statement per number of seats, each
  // planned once (a cached plan of the array form looked dearer than planning afresh).
  const rows = await queryPrepared<{ event_id: string; seat_id: string; zone_id: string | null; ordinal: number | null }>(
    db,
    sql`
      with claimable as materialized (
        select t.event_id, t.seat_id
        from event_seats t join (${keysValues(unitTables.seat, seats)}) w on t.event_id = w.event_id and t.seat_id = w.seat_id
        where t.status = 'free'
           or (t.status = 'held' and (t.held_until < ${at(terms.now)} or t.hold_id = ${terms.holdId}))
        order by t.event_id, t.seat_id
        for update of t
      ), claimed as (
        update event_seats t
        set status = 'held', hold_id = ${terms.holdId}, held_until = ${at(terms.heldUntil)}
        from claimable c
        where t.event_id = c.event_id and t.seat_id = c.seat_id
          and (select count(*) from claimable) = ${seats.length}::int
        returning t.event_id, t.seat_id, t.zone_id, t.ordinal
      )
      select c.event_id, c.seat_id, d.zone_id, d.ordinal
      from claimable c left join claimed d on d.event_id = c.event_id and d.seat_id = c.seat_id`,
  );
  if (rows.length === seats.length && rows.every((r) => r.zone_id !== null)) {
    return {
      complete: true,
      claimed: rows.map((r) => ({ kind: 'seat' as const, eventId: r.event_id, seatId: r.seat_id, zoneId: r.zone_id!, ordinal: Number(r.ordinal) })),
    };
  }
  return { complete: false, claimable: rows.map((r) => ({ kind: 'seat' as const, eventId: r.event_id, seatId: r.seat_id })) };
}

/** The seats of the list that exist in their event's inventory (whatever their status). */
export async function findSeats(db: Db, seats: readonly SeatRef[]): Promise<SeatRef[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select t.event_id, t.seat_id
        from event_seats t join (${keysSource(unitTables.seat, seats)}) w on t.event_id = w.event_id and t.seat_id = w.seat_id`,
  );
  return rows.map((row) => unitTables.seat.toRef(row));
}

/**
 * Holds up to `quantity` free (or expired) places of a general-admission zone, lowest
 * numbers first. Rows another claim has locked are skipped, never waited for: any free
 * place will do, so a rush on one floor queues on nothing.
 */
export async function claimPlaces(
  db: Db,
  terms: HoldTerms,
  scope: { eventId: string; zoneId: string },
  quantity: number,
): Promise<number[]> {
  const rows = await queryRows<{ place_no: number }>(
    db,
    sql`
      with claimable as materialized (
        select event_id, zone_id, place_no from event_places
        where event_id = ${scope.eventId} and zone_id = ${scope.zoneId}
          and (status = 'free' or (status = 'held' and held_until < ${at(terms.now)}))
        order by place_no
        limit ${quantity}
        for update skip locked
      )
      update event_places t
      set status = 'held', hold_id = ${terms.holdId}, held_until = ${at(terms.heldUntil)}
      from claimable c
      where t.event_id = c.event_id and t.zone_id = c.zone_id and t.place_no = c.place_no
      returning t.place_no`,
  );
  return rows.map((r) => Number(r.place_no)).sort((a, b) => a - b);
}

/** Holds up to `quantity` free (or expired) units of an add-on good; locked rows are skipped. */
export async function claimServiceUnits(db: Db, terms: HoldTerms, serviceId: string, quantity: number): Promise<number[]> {
  const rows = await queryRows<{ unit_no: number }>(
    db,
    sql`
      with claimable as materialized (
        select service_id, unit_no from service_units
        where service_id = ${serviceId}
          and (status = 'free' or (status = 'held' and held_until < ${at(terms.now)}))
        order by unit_no
        limit ${quantity}
        for update skip locked
      )
      update service_units t
      set status = 'held', hold_id = ${terms.holdId}, held_until = ${at(terms.heldUntil)}
      from claimable c
      where t.service_id = c.service_id and t.unit_no = c.unit_no
      returning t.unit_no`,
  );
  return rows.map((r) => Number(r.unit_no)).sort((a, b) => a - b);
}

/** Whether the good is stocked at all (has any unit rows). */
export async function hasServiceUnits(db: Db, serviceId: string): Promise<boolean> {
  const rows = await queryRows(db, sql`select 1 from service_units where service_id = ${serviceId} limit 1`);
  return rows.length > 0;
}

/** Whether the zone of the event is on sale as general admission (has place rows). */
export async function hasPlaces(db: Db, scope: { eventId: string; zoneId: string }): Promise<boolean> {
  const rows = await queryRows(db, sql`select 1 from event_places where event_id = ${scope.eventId} and zone_id = ${scope.zoneId} limit 1`);
  return rows.length > 0;
}
