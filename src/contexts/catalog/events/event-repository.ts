import { and, asc, eq, gt, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import type { ScheduledSlot } from '../schedule-rules.ts';
import { eventSessionTypes, eventZonePrices, events, serviceEvents } from '../tables.ts';

// SQL for events, their session types and zone prices (the schedule query: event-queries.ts).

export type EventRow = typeof events.$inferSelect;

export async function insertEvent(db: Db, values: typeof events.$inferInsert): Promise<EventRow> {
  const [row] = await db.insert(events).values(values).returning();
  if (!row) throw new Error('event insert returned no row');
  return row;
}

export async function updateEventRow(db: Db, id: string, patch: Partial<typeof events.$inferInsert>): Promise<EventRow | undefined> {
  if (Object.keys(patch).length === 0) return findEvent(db, id);
  const [row] = await db.update(events).set(patch).where(eq(events.id, id)).returning();
  return row;
}

export async function findEvent(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<EventRow | undefined> {
  const query = db.select().from(events).where(eq(events.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findEvents(db: Db, ids: readonly string[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(events).where(inArray(events.id, [...ids])).orderBy(asc(events.startsAt), asc(events.id));
}

/** A scheduled event of the hall whose [start, end) meets the slot's, other than `exceptEventId`. */
export async function overlappingEvent(
  db: Db,
  slot: { hallId: string; startsAt: Date; endsAt: Date; exceptEventId?: string | null },
): Promise<ScheduledSlot | undefined> {
  const [row] = await db
    .select({ id: events.id, title: events.title, startsAt: events.startsAt, endsAt: events.endsAt })
    .from(events)
    .where(
      and(
        eq(events.hallId, slot.hallId),
        eq(events.status, 'scheduled'),
        lt(events.startsAt, slot.endsAt),
        gt(events.endsAt, slot.startsAt),
        slot.exceptEventId ? ne(events.id, slot.exceptEventId) : undefined,
      ),
    )
    .orderBy(asc(events.startsAt))
    .limit(1);
  return row;
}

export async function replaceEventSessionTypes(db: Db, eventId: string, sessionTypeIds: readonly string[]): Promise<void> {
  await db.delete(eventSessionTypes).where(eq(eventSessionTypes.eventId, eventId));
  if (sessionTypeIds.length > 0) await db.insert(eventSessionTypes).values(sessionTypeIds.map((sessionTypeId) => ({ eventId, sessionTypeId })));
}

export async function replaceEventZonePrices(db: Db, eventId: string, prices: readonly { zoneId: string; priceMinor: number }[]): Promise<void> {
  await db.delete(eventZonePrices).where(eq(eventZonePrices.eventId, eventId));
  if (prices.length > 0) await db.insert(eventZonePrices).values(prices.map((price) => ({ eventId, ...price })));
}

export async function zonePricesOfEvent(db: Db, eventId: string): Promise<{ zoneId: string; priceMinor: number }[]> {
  return db
    .select({ zoneId: eventZonePrices.zoneId, priceMinor: eventZonePrices.priceMinor })
    .from(eventZonePrices)
    .where(eq(eventZonePrices.eventId, eventId));
}

/** Scheduled film sessions that have not started, of a film or with a session type: a change to either must still fit them. */
export async function upcomingFilmSessions(db: Db, of: { filmId: string } | { sessionTypeId: string }, now: Date): Promise<EventRow[]> {
  const owner =
    'filmId' in of
      ? eq(events.filmId, of.filmId)
      : inArray(events.id, db.select({ id: eventSessionTypes.eventId }).from(eventSessionTypes).where(eq(eventSessionTypes.sessionTypeId, of.sessionTypeId)));
  return db
    .select()
    .from(events)
    .where(and(owner, eq(events.kind, 'film_session'), eq(events.status, 'scheduled'), gt(events.startsAt, now)))
    .orderBy(asc(events.startsAt))
    .for('update');
}

export async function venueHasFilmSessions(db: Db, venueId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.venueId, venueId), eq(events.kind, 'film_session')))
    .limit(1);
  return row !== undefined;
}

/** Ids of the services (event tickets, bundles, season tickets) that sell each event. */
export async function serviceIdsOfEvents(db: Db, eventIds: readonly string[]): Promise<Map<string, string[]>> {
  const byEvent = new Map<string, string[]>(eventIds.map((id) => [id, []]));
  if (eventIds.length === 0) return byEvent;
  const rows = await db
    .select({ eventId: serviceEvents.eventId, serviceId: serviceEvents.serviceId })
    .from(serviceEvents)
    .where(inArray(serviceEvents.eventId, [...eventIds]))
    .orderBy(sql`${serviceEvents.serviceId}`);
  for (const row of rows) byEvent.get(row.eventId)?.push(row.serviceId);
  return byEvent;
}
