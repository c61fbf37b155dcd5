import type { Db } from '../../../server/db/types.ts';
import { findFilm } from '../films/film-repository.ts';
import { sessionTypesOfEvents } from '../films/session-type-repository.ts';
import type { AgeRating, EventKind, EventStatus, VenueKind, ZoneKind } from '../tables.ts';
import { findHall, zonesOfHalls } from '../venues/hall-repository.ts';
import { findVenue, hallTypesOfHalls } from '../venues/venue-repository.ts';
import { findEvent, serviceIdsOfEvents, zonePricesOfEvent } from './event-repository.ts';

/** A coefficient as the catalog stores it: exact decimal text ("1.2500"), never a float. */
export interface CoefficientFacts {
  id: string;
  code: string;
  name: string;
  coefficient: string;
}

/**
 * Everything needed to price and sell a ticket for one event, as it is now:
 * cinema price = film.basePriceMinor x every hall.types coefficient x the zone's
 * coefficient x every sessionTypes coefficient; other events use the zone's priceMinor
 * (null: the zone is not on sale in this event). Booking must refuse a cancelled event.
 */
export interface EventForSale {
  id: string;
  kind: EventKind;
  status: EventStatus;
  title: string;
  startsAt: Date;
  endsAt: Date;
  salesOpenAt: Date | null;
  salesCloseAt: Date | null;
  venue: { id: string; name: string; kind: VenueKind; timeZone: string; currency: string; holdMinutes: number; confirmHours: number };
  hall: { id: string; name: string; types: CoefficientFacts[] };
  zones: {
    id: string;
    code: string;
    name: string;
    kind: ZoneKind;
    seated: boolean;
    /** General admission: places in all; seated: null. */
    capacity: number | null;
    coefficient: string;
    priceMinor: number | null;
  }[];
  sessionTypes: CoefficientFacts[];
  film: { id: string; title: string; basePriceMinor: number; durationMinutes: number; ageRating: AgeRating } | null;
  /** The services that sell this event: its event-ticket service, bundles and season tickets. */
  serviceIds: string[];
}

/** The event with what pricing needs, or null if there is no such event. Pass a transaction to read it consistently with a sale. */
export async function getEventForSale(db: Db, eventId: string): Promise<EventForSale | null> {
  const event = await findEvent(db, eventId);
  if (!event) return null;
  const venue = await findVenue(db, event.venueId);
  const hall = await findHall(db, event.hallId);
  if (!venue || !hall) throw new Error(`event ${eventId} refers to a missing venue or hall`);
  const hallTypes = (await hallTypesOfHalls(db, [hall.id])).get(hall.id) ?? [];
  const zones = (await zonesOfHalls(db, [hall.id])).get(hall.id) ?? [];
  const priceOf = new Map((await zonePricesOfEvent(db, eventId)).map((price) => [price.zoneId, price.priceMinor]));
  const sessionTypes = (await sessionTypesOfEvents(db, [eventId])).get(eventId) ?? [];
  const film = event.filmId ? await findFilm(db, event.filmId) : undefined;
  const coefficientFacts = (row: CoefficientFacts): CoefficientFacts => ({ id: row.id, code: row.code, name: row.name, coefficient: row.coefficient });
  return {
    id: event.id,
    kind: event.kind,
    status: event.status,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    salesOpenAt: event.salesOpenAt,
    salesCloseAt: event.salesCloseAt,
    venue: {
      id: venue.id,
      name: venue.name,
      kind: venue.kind,
      timeZone: venue.timeZone,
      currency: venue.currency,
      holdMinutes: venue.holdMinutes,
      confirmHours: venue.confirmHours,
    },
    hall: { id: hall.id, name: hall.name, types: hallTypes.map(coefficientFacts) },
    zones: zones.map((zone) => ({
      id: zone.id,
      code: zone.code,
      name: zone.name,
      kind: zone.kind,
      seated: zone.kind === 'seated',
      capacity: zone.capacity,
      coefficient: zone.coefficient,
      priceMinor: priceOf.get(zone.id) ?? null,
    })),
    sessionTypes: sessionTypes.map(coefficientFacts),
    film: film
      ? { id: film.id, title: film.title, basePriceMinor: film.basePriceMinor, durationMinutes: film.durationMinutes, ageRating: film.ageRating }
      : null,
    serviceIds: (await serviceIdsOfEvents(db, [eventId])).get(eventId) ?? [],
  };
}
