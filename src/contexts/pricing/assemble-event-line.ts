import { unprocessable } from '../../shared/errors.ts';
import { type AssembledLine, eventNotFound, fieldOf } from './assembled-line.ts';
import type { EventSaleFacts, QuoteFacts } from './catalog-facts.ts';
import type { EventLineRequest } from './contracts.ts';
import { seatsText, venueTime } from './describe-line.ts';
import type { CinemaZone, EventChoice, LineInput, PricedZone, SeatFacts } from './rules/index.ts';

/**
 * An event ticket line: a film session is priced as cinema (base price x
 * coefficients), any other event by its zone prices, where only zones with a price
 * are on sale. A seated line's zone is the zone of its seats, which must be one.
 */
export function assembleEventLine(line: EventLineRequest, lineIndex: number, facts: QuoteFacts): AssembledLine {
  const event = facts.events.get(line.eventId);
  if (!event) throw eventNotFound(line.eventId, lineIndex);
  if (event.status === 'cancelled') {
    throw unprocessable('event_cancelled', `${event.title} is cancelled`, { field: fieldOf(lineIndex, 'eventId') });
  }
  const seatIds = 'seatIds' in line ? line.seatIds : [];
  const seats = seatsInHall(seatIds, event.hall.id, facts);
  const zoneId = line.zoneId ?? zoneOfSeats(seatIds, seats, lineIndex);
  const choice: EventChoice = { zoneId, ...(seatIds.length > 0 ? { seatIds } : {}), ...(line.quantity === undefined ? {} : { quantity: line.quantity }) };
  const input = event.kind === 'film_session' ? cinemaInput(event, seats, choice) : zonePriceInput(event, seats, choice, line.zoneId === undefined, lineIndex);
  const zoneName = event.zones.find((zone) => zone.id === zoneId)?.name ?? '';
  const where = seatIds.length > 0 ? `: ${seatsText(seatIds, facts.seats)}` : `, ${line.quantity ?? 0} шт.`;
  return {
    input,
    description: `${event.title}, ${venueTime(event.startsAt, event.venue.timeZone)} — ${zoneName}${where}`,
    inventory:
      seatIds.length > 0
        ? { kind: 'seats', eventIds: [event.id], seatIds }
        : { kind: 'places', eventIds: [event.id], zoneId, quantity: line.quantity ?? 0 },
  };
}

/** The named seats that lie in the hall; a seat missing here is refused by the rules. */
function seatsInHall(seatIds: readonly string[], hallId: string, facts: QuoteFacts): Map<string, SeatFacts> {
  const seats = new Map<string, SeatFacts>();
  for (const seatId of seatIds) {
    const seat = facts.seats.get(seatId);
    if (seat && seat.hallId === hallId) seats.set(seatId, { zoneId: seat.zoneId });
  }
  return seats;
}

function zoneOfSeats(seatIds: readonly string[], seats: ReadonlyMap<string, SeatFacts>, lineIndex: number): string {
  const zoneIds = [...new Set([...seats.values()].map((seat) => seat.zoneId))];
  const [zoneId] = zoneIds;
  if (zoneId === undefined) {
    const field = fieldOf(lineIndex, 'seatIds', 0);
    throw unprocessable('seat_not_in_event', `seat ${seatIds[0]} is not in the hall of this event`, { field });
  }
  if (zoneIds.length > 1) {
    throw unprocessable('seats_in_several_zones', 'the seats of one line must lie in one zone: send one line per zone', {
      field: fieldOf(lineIndex, 'seatIds'),
      extra: { zoneIds },
    });
  }
  return zoneId;
}

function eventBase(event: EventSaleFacts, seats: ReadonlyMap<string, SeatFacts>) {
  return {
    id: event.id,
    name: event.title,
    serviceId: event.serviceId,
    startsAt: event.startsAt,
    salesOpenAt: event.salesOpenAt,
    salesCloseAt: event.salesCloseAt,
    seats,
  };
}

function cinemaInput(event: EventSaleFacts, seats: ReadonlyMap<string, SeatFacts>, choice: EventChoice): LineInput {
  // The schema ties film_session to a film, so a session without one is broken data.
  if (!event.film) throw new Error(`film session ${event.id} has no film`);
  const zones: CinemaZone[] = event.zones.map((zone) => ({ id: zone.id, name: zone.name, seated: zone.seated, coefficient: zone.coefficient }));
  return {
    kind: 'cinema',
    event: { ...eventBase(event, seats), zones, sessionTypes: event.sessionTypes },
    film: { ...event.film, currency: event.venue.currency },
    hall: event.hall,
    choice,
  };
}

function zonePriceInput(
  event: EventSaleFacts,
  seats: ReadonlyMap<string, SeatFacts>,
  choice: EventChoice,
  zoneFromSeats: boolean,
  lineIndex: number,
): LineInput {
  const zones: PricedZone[] = event.zones.flatMap((zone) =>
    zone.priceMinor === null ? [] : [{ id: zone.id, name: zone.name, seated: zone.seated, priceMinor: zone.priceMinor }],
  );
  if (zoneFromSeats && !zones.some((zone) => zone.id === choice.zoneId)) {
    // The client named seats, not a zone: point at the seats that are not on sale.
    throw unprocessable('zone_not_in_event', `the seats' zone is not on sale in ${event.title}`, { field: fieldOf(lineIndex, 'seatIds', 0) });
  }
  return { kind: 'zone_price', event: { ...eventBase(event, seats), zones, currency: event.venue.currency }, choice };
}
