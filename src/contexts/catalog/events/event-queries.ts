import { and, asc, count, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import type { EventListQuery } from '../contracts/events.ts';
import { events, films, halls, venues } from '../tables.ts';

// The public schedule: one query with its filters, shared by the page and its count.

const hasOffset = (value: string) => /(Z|[+-]\d{2}:\d{2})$/i.test(value);
const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Without an offset, a date or date-time is the venue's wall clock: "2025-07-01" is that day in Moscow for a Moscow venue. */
function startsFrom(value: string): SQL {
  return hasOffset(value)
    ? sql`${events.startsAt} >= ${value}::timestamptz`
    : sql`${events.startsAt} >= (${value}::timestamp at time zone ${venues.timeZone})`;
}

/** A date includes its whole day; a date-time is the last start included. */
function startsUntil(value: string): SQL {
  if (isDateOnly(value)) return sql`${events.startsAt} < ((${value}::date + 1)::timestamp at time zone ${venues.timeZone})`;
  return hasOffset(value)
    ? sql`${events.startsAt} <= ${value}::timestamptz`
    : sql`${events.startsAt} <= (${value}::timestamp at time zone ${venues.timeZone})`;
}

function conditions(query: EventListQuery, now: Date): SQL | undefined {
  return and(
    query.status === 'all' ? undefined : eq(events.status, query.status),
    query.venueId ? eq(events.venueId, query.venueId) : undefined,
    query.hallId ? eq(events.hallId, query.hallId) : undefined,
    query.filmId ? eq(events.filmId, query.filmId) : undefined,
    query.kind ? eq(events.kind, query.kind) : undefined,
    // With no `from`, the schedule starts with what is not over yet.
    query.from ? startsFrom(query.from) : gt(events.endsAt, now),
    query.to ? startsUntil(query.to) : undefined,
  );
}

export async function scheduleRows(db: Db, query: EventListQuery, now: Date) {
  const where = conditions(query, now);
  const rows = await db
    .select({
      event: events,
      venue: { id: venues.id, name: venues.name, kind: venues.kind, timeZone: venues.timeZone },
      hall: { id: halls.id, name: halls.name },
      film: { id: films.id, title: films.title, ageRating: films.ageRating, durationMinutes: films.durationMinutes, posterUrl: films.posterUrl },
    })
    .from(events)
    .innerJoin(venues, eq(venues.id, events.venueId))
    .innerJoin(halls, eq(halls.id, events.hallId))
    .leftJoin(films, eq(films.id, events.filmId))
    .where(where)
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(query.limit)
    .offset(query.offset);
  const [totals] = await db.select({ total: count() }).from(events).innerJoin(venues, eq(venues.id, events.venueId)).where(where);
  return { rows, total: Number(totals?.total ?? 0) };
}
