import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import type { EventDetail, EventZonePricesBody } from '../contracts/events.ts';
import { refuseFirst, zonePriceErrors } from '../schedule-rules.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { eventNotFound } from '../shared/not-found.ts';
import { findEvent, replaceEventZonePrices, zonePricesOfEvent } from './event-repository.ts';
import { loadEventDetail } from './event-views.ts';
import { loadEventFacts } from './load-event-facts.ts';

/**
 * Sets an event's zone prices, all at once: zones left out are no longer on sale.
 * Tickets already sold keep the price they were sold at.
 */
export async function setEventZonePrices(db: Db, change: Change, eventId: string, body: EventZonePricesBody): Promise<EventDetail> {
  return db.transaction(async (tx) => {
    const event = await findEvent(tx, eventId, { forUpdate: true });
    if (!event) throw eventNotFound();
    if (event.status === 'cancelled') throw conflict('event_cancelled', 'This event is cancelled and can no longer change.');
    const facts = await loadEventFacts(tx, { hallId: event.hallId, filmId: event.filmId, sessionTypeIds: [] });
    const errors = zonePriceErrors({ kind: event.kind, zonePrices: body.zonePrices, hallZoneIds: facts.hallZoneIds });
    refuseFirst(errors);
    const before = await zonePricesOfEvent(tx, eventId);
    await replaceEventZonePrices(tx, eventId, body.zonePrices);
    await auditChange(tx, change, 'event.zone_prices_set', 'event', eventId, { before, after: body.zonePrices });
    return loadEventDetail(tx, eventId);
  });
}
