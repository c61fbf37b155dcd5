import type { Db } from '../../../server/db/types.ts';
import type { EventListQuery, EventSummary } from '../contracts/events.ts';
import { sessionTypesOfEvents } from '../films/session-type-repository.ts';
import { isoOf } from '../shared/instants.ts';
import { scheduleRows } from './event-queries.ts';

/** A page of the schedule, ordered by start, with the total number of events that match. */
export async function listEvents(
  db: Db,
  query: EventListQuery,
  now: Date,
): Promise<{ items: EventSummary[]; total: number; limit: number; offset: number }> {
  const { rows, total } = await scheduleRows(db, query, now);
  const types = await sessionTypesOfEvents(db, rows.map((row) => row.event.id));
  const items = rows.map(({ event, venue, hall, film }) => ({
    id: event.id,
    kind: event.kind,
    status: event.status,
    title: event.title,
    titleEn: event.titleEn,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    salesOpenAt: isoOf(event.salesOpenAt),
    salesCloseAt: isoOf(event.salesCloseAt),
    venue,
    hall,
    film: film?.id ? film : null,
    sessionTypes: (types.get(event.id) ?? []).map((type) => ({ id: type.id, code: type.code, name: type.name })),
  }));
  return { items, total, limit: query.limit, offset: query.offset };
}
