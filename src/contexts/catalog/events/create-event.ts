import type { Db } from '../../../server/db/types.ts';
import { badRequest } from '../../../shared/errors.ts';
import { createEventInventory } from '../../inventory/index.ts';
import type { CreateEventBody, EventDetail } from '../contracts/events.ts';
import { hallBusy, planEvent, refuseFirst } from '../schedule-rules.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { mapConstraintErrors } from '../shared/database-errors.ts';
import { instantOf as at } from '../shared/instants.ts';
import { insertEvent, overlappingEvent, replaceEventSessionTypes, replaceEventZonePrices } from './event-repository.ts';
import { loadEventDetail } from './event-views.ts';
import { loadEventFacts } from './load-event-facts.ts';

/**
 * Schedules an event and puts it on sale (its seats and places, in the same
 * transaction). The rules of schedule-rules.ts are checked first for a clear answer;
 * two managers booking one hall at once are held apart by the exclusion constraint
 * events_no_overlap_in_hall, and the loser gets the same 409 hall_busy.
 */
export async function createEvent(db: Db, change: Change, body: CreateEventBody): Promise<EventDetail> {
  const startsAt = new Date(body.startsAt);
  let slot: { hallId: string; startsAt: Date; endsAt: Date } | undefined;
  return mapConstraintErrors(
    () =>
      db.transaction(async (tx) => {
        const facts = await loadEventFacts(tx, { hallId: body.hallId, filmId: body.filmId ?? null, sessionTypeIds: body.sessionTypeIds });
        const plan = planEvent({
          kind: body.kind,
          venueId: facts.venue.id,
          venueKind: facts.venue.kind,
          startsAt,
          endsAt: at(body.endsAt),
          film: facts.film,
          sessionTypes: facts.sessionTypes,
          zonePrices: body.zonePrices,
          hallZoneIds: facts.hallZoneIds,
          salesOpenAt: at(body.salesOpenAt),
          salesCloseAt: at(body.salesCloseAt),
        });
        refuseFirst(plan.errors);
        const title = body.title ?? facts.film?.title;
        if (!title) throw badRequest('title_required', 'Give the event a title.', { field: 'body.title' });
        if (!plan.endsAt) throw new Error('planEvent accepted an event without an end');
        slot = { hallId: facts.hall.id, startsAt, endsAt: plan.endsAt };
        const busy = await overlappingEvent(tx, slot);
        if (busy) throw hallBusy(busy);
        const event = await insertEvent(tx, {
          venueId: facts.venue.id,
          hallId: facts.hall.id,
          kind: body.kind,
          title,
          titleEn: body.titleEn ?? null,
          description: body.description,
          filmId: facts.film?.id ?? null,
          startsAt,
          endsAt: plan.endsAt,
          salesOpenAt: at(body.salesOpenAt),
          salesCloseAt: at(body.salesCloseAt),
        });
        await replaceEventSessionTypes(tx, event.id, body.sessionTypeIds);
        await replaceEventZonePrices(tx, event.id, body.zonePrices);
        await createEventInventory(tx, event.id);
        await auditChange(tx, change, 'event.created', 'event', event.id, {
          after: { ...event, sessionTypeIds: body.sessionTypeIds, zonePrices: body.zonePrices },
        });
        return loadEventDetail(tx, event.id);
      }),
    // The other transaction committed first: read which event won the slot.
    { events_no_overlap_in_hall: async () => hallBusy(slot ? await overlappingEvent(db, slot) : undefined) },
  );
}
