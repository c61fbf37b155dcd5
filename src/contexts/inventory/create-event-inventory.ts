import { sql } from 'drizzle-orm';
import type { Db } from '../../server/db/types.ts';

/**
 * Puts an event on sale: one row per seat of its hall and one per place of each
 * general-admission zone, all free. Idempotent, so it may run again after seats are added.
 */
export async function createEventInventory(db: Db, eventId: string): Promise<void> {
  await db.execute(sql`
    insert into event_seats (event_id, seat_id, zone_id, ordinal)
    select e.id, s.id, s.zone_id, s.ordinal
    from events e join seats s on s.hall_id = e.hall_id
    where e.id = ${eventId}
    on conflict do nothing`);
  await db.execute(sql`
    insert into event_places (event_id, zone_id, place_no)
    select e.id, z.id, n
    from events e
    join zones z on z.hall_id = e.hall_id and z.kind = 'general_admission'
    cross join lateral generate_series(1, z.capacity) as n
    where e.id = ${eventId}
    on conflict do nothing`);
}

/** Puts `stock` units of an add-on good on sale (numbers 1..stock); more stock adds units. */
export async function createServiceUnits(db: Db, serviceId: string, stock: number): Promise<void> {
  await db.execute(sql`
    insert into service_units (service_id, unit_no)
    select ${serviceId}::uuid, n from generate_series(1, ${stock}::int) as n
    on conflict do nothing`);
}
