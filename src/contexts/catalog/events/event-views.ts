import type { Db } from '../../../server/db/types.ts';
import type { EventDetail } from '../contracts/events.ts';
import { findFilm } from '../films/film-repository.ts';
import { toFilmView, toSessionTypeView } from '../films/film-views.ts';
import { sessionTypesOfEvents } from '../films/session-type-repository.ts';
import { isoOf as iso } from '../shared/instants.ts';
import { eventNotFound } from '../shared/not-found.ts';
import { findHall, zonesOfHalls } from '../venues/hall-repository.ts';
import { toHallTypeView, toVenueSummary, toZoneView } from '../venues/venue-views.ts';
import { findVenue, hallTypesOfHalls } from '../venues/venue-repository.ts';
import { findEvent, zonePricesOfEvent } from './event-repository.ts';

/** An event with everything a buyer reads about it; 404 event_not_found if unknown. */
export async function loadEventDetail(db: Db, eventId: string, notFoundField?: string): Promise<EventDetail> {
  const event = await findEvent(db, eventId);
  if (!event) throw eventNotFound(notFoundField);
  // One query after another: `db` may be a transaction on a single connection.
  const venue = await findVenue(db, event.venueId);
  const hall = await findHall(db, event.hallId);
  if (!venue || !hall) throw new Error(`event ${eventId} refers to a missing venue or hall`);
  const hallTypes = (await hallTypesOfHalls(db, [hall.id])).get(hall.id) ?? [];
  const zones = (await zonesOfHalls(db, [hall.id])).get(hall.id) ?? [];
  const prices = await zonePricesOfEvent(db, eventId);
  const sessionTypes = (await sessionTypesOfEvents(db, [eventId])).get(eventId) ?? [];
  const film = event.filmId ? await findFilm(db, event.filmId) : undefined;
  const priceOf = new Map(prices.map((price) => [price.zoneId, price.priceMinor]));
  return {
    id: event.id,
    kind: event.kind,
    status: event.status,
    title: event.title,
    titleEn: event.titleEn,
    description: event.description,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    salesOpenAt: iso(event.salesOpenAt),
    salesCloseAt: iso(event.salesCloseAt),
    venue: toVenueSummary(venue),
    hall: { id: hall.id, name: hall.name, description: hall.description, hallTypes: hallTypes.map(toHallTypeView) },
    zones: zones.map((zone) => ({ ...toZoneView(zone), priceMinor: priceOf.get(zone.id) ?? null })),
    zonePrices: zones.flatMap((zone) => {
      const priceMinor = priceOf.get(zone.id);
      return priceMinor === undefined ? [] : [{ zoneId: zone.id, priceMinor }];
    }),
    sessionTypes: sessionTypes.map(toSessionTypeView),
    film: film ? toFilmView(film) : null,
  };
}
