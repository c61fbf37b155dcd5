import { type EventForSale, findSeats, getEventForSale, getServiceForSale, type SeatFacts, type ServiceForSale } from '../../catalog/index.ts';
import type { Db } from '../../../server/db/types.ts';
import { admissionsOf } from '../order-repository.ts';
import { linesOf } from '../request-repository.ts';
import { storedPriced } from '../requests/stored-line.ts';
import { loadSaleTerms } from '../sale-terms-repository.ts';
import type { OrderRow, TicketRow } from '../tables.ts';
import type { TicketFacts } from './ticket-sheet.ts';

// What the catalog says of the tickets' events, seats and services, read once per event,
// seat set and service, whatever the number of tickets.

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

async function cached<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let value = cache.get(key);
  if (!value) cache.set(key, (value = load()));
  return value;
}

/** The printable facts of each ticket, in the order given. */
export async function loadTicketFacts(db: Db, order: OrderRow, tickets: readonly TicketRow[]): Promise<TicketFacts[]> {
  const admissions = await admissionsOf(db, tickets.map((t) => t.id));
  const lines = new Map((await linesOf(db, order.requestId)).map((line) => [line.id, line]));
  const events = new Map<string, Promise<EventForSale | null>>();
  const services = new Map<string, Promise<ServiceForSale | null>>();
  const venues = new Map<string, Promise<string>>();
  const seats = new Map<string, Promise<SeatFacts[]>>();
  const eventOf = (id: string) => cached(events, id, () => getEventForSale(db, id));
  const serviceOf = (id: string) => cached(services, id, () => getServiceForSale(db, id));
  // The catalog's service read has the venue's zone but not its name; booking's sale terms have it.
  const serviceVenue = (id: string) => cached(venues, id, async () => (await loadSaleTerms(db, { eventIds: [], serviceIds: [id] })).about.venue);
  const seatsOf = (eventId: string) =>
    cached(seats, eventId, () => findSeats(db, eventId, tickets.flatMap((t) => (t.seatId ? [t.seatId] : []))));

  const facts: TicketFacts[] = [];
  for (const ticket of tickets) {
    const eventIds = admissions.filter((a) => a.ticketId === ticket.id).flatMap((a) => (a.eventId ? [a.eventId] : []));
    const ticketEvents = (await Promise.all(eventIds.map(eventOf))).filter((e): e is EventForSale => e !== null);
    const service = ticket.serviceId ? await serviceOf(ticket.serviceId) : null;
    const first = ticketEvents[0];
    const seat = first && ticket.seatId ? (await seatsOf(first.id)).find((s) => s.id === ticket.seatId) : undefined;
    const line = ticket.requestLineId ? lines.get(ticket.requestLineId) : undefined;
    // The choice frozen with the price: the visit date the ticket was sold for.
    const frozen = ticket.priceSnapshot.choice;
    const choice = frozen && typeof frozen === 'object' ? (frozen as Record<string, unknown>) : (line?.choice ?? {});
    facts.push({
      code: ticket.code,
      bookingNumber: order.bookingNumber,
      priceMinor: ticket.priceMinor,
      currency: ticket.currency,
      venue: first?.venue.name ?? (ticket.serviceId ? await serviceVenue(ticket.serviceId) : null),
      timeZone: first?.venue.timeZone ?? service?.venueTimeZone ?? 'Europe/Moscow',
      events: ticketEvents.map((event) => ({
        title: event.title,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        hall: event.hall.name,
        film: event.film ? { title: event.film.title, ageRating: `${event.film.ageRating}+` } : null,
      })),
      zone: first?.zones.find((zone) => zone.id === ticket.zoneId)?.name ?? null,
      row: seat?.rowLabel ?? null,
      seat: seat?.seatLabel ?? null,
      placeNo: ticket.placeNo,
      service: service?.name ?? (line ? (storedPriced(line).description ?? null) : null),
      visitDate: text(choice.visitDate),
      visitTime: text(choice.visitTime),
    });
  }
  return facts;
}
