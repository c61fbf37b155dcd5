import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import type { EventDetail, UpdateEventBody } from '../contracts/events.ts';
import { hallBusy, planEvent, refuseFirst } from '../schedule-rules.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { mapConstraintErrors } from '../shared/database-errors.ts';
import { instantOf } from '../shared/instants.ts';
import { eventNotFound } from '../shared/not-found.ts';
import { sessionTypesOfEvents } from '../films/session-type-repository.ts';
import { findEvent, overlappingEvent, replaceEventSessionTypes, updateEventRow, zonePricesOfEvent } from './event-repository.ts';
import { loadEventDetail } from './event-views.ts';
import { loadEventFacts } from './load-event-facts.ts';

/** The end after a change: given, or the old length kept when only the start moves. */
function nextEnd(body: UpdateEventBody, before: { startsAt: Date; endsAt: Date }, startsAt: Date): Date {
  if (body.endsAt) return new Date(body.endsAt);
  return new Date(before.endsAt.getTime() + (startsAt.getTime() - before.startsAt.getTime()));
}

/**
 * Moves, retitles or re-types a scheduled event under the same rules as a new one.
 * A film session's end follows its start; a cancelled event stays as it is.
 */
export async function updateEvent(db: Db, change: Change, eventId: string, body: UpdateEventBody): Promise<EventDetail> {
  let slot: { hallId: string; startsAt: Date; endsAt: Date; exceptEventId: string } | undefined;
  return mapConstraintErrors(
    () =>
      db.transaction(async (tx) => {
        const before = await findEvent(tx, eventId, { forUpdate: true });
        if (!before) throw eventNotFound();
        if (before.status === 'cancelled') throw conflict('event_cancelled', 'This event is cancelled and can no longer change.');
        const currentTypes = ((await sessionTypesOfEvents(tx, [eventId])).get(eventId) ?? []).map((type) => type.id);
        const sessionTypeIds = body.sessionTypeIds ?? currentTypes;
        const facts = await loadEventFacts(tx, { hallId: before.hallId, filmId: before.filmId, sessionTypeIds });
        const startsAt = body.startsAt ? new Date(body.startsAt) : before.startsAt;
        const salesOpenAt = body.salesOpenAt === undefined ? before.salesOpenAt : instantOf(body.salesOpenAt);
        const salesCloseAt = body.salesCloseAt === undefined ? before.salesCloseAt : instantOf(body.salesCloseAt);
        const plan = planEvent({
          kind: before.kind,
          venueId: facts.venue.id,
          venueKind: facts.venue.kind,
          startsAt,
          endsAt: facts.film ? instantOf(body.endsAt) : nextEnd(body, before, startsAt),
          film: facts.film,
          sessionTypes: facts.sessionTypes,
          zonePrices: await zonePricesOfEvent(tx, eventId),
          hallZoneIds: facts.hallZoneIds,
          salesOpenAt,
          salesCloseAt,
        });
        refuseFirst(plan.errors);
        if (!plan.endsAt) throw new Error('planEvent accepted an event without an end');
        slot = { hallId: before.hallId, startsAt, endsAt: plan.endsAt, exceptEventId: eventId };
        const busy = await overlappingEvent(tx, slot);
        if (busy) throw hallBusy(busy);
        const { sessionTypeIds: _types, ...fields } = body;
        const after = await updateEventRow(tx, eventId, { ...fields, startsAt, endsAt: plan.endsAt, salesOpenAt, salesCloseAt });
        if (body.sessionTypeIds) await replaceEventSessionTypes(tx, eventId, sessionTypeIds);
        await auditChange(tx, change, 'event.updated', 'event', eventId, {
          before: { ...before, sessionTypeIds: currentTypes },
          after: { ...after, sessionTypeIds },
        });
        return loadEventDetail(tx, eventId);
      }),
    { events_no_overlap_in_hall: async () => hallBusy(slot ? await overlappingEvent(db, slot) : undefined) },
  );
}
