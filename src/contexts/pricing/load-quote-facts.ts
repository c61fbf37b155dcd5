import type { Db } from '../../server/db/types.ts';
import type { QuoteFacts } from './catalog-facts.ts';
import { loadEvents, loadSeats, loadSeatsAndEvents, loadServices } from './catalog-facts-repository.ts';
import { isEventLine, type QuoteLineRequest } from './contracts.ts';

/**
 * Loads every catalog fact the lines refer to: one query for all their events, one
 * for all their services and one for the seats they name, however many lines there
 * are (the portal sends one line per zone, so several lines often share an event).
 * An id that is not found is simply absent; the assembly says which line is at fault.
 */
export async function loadQuoteFacts(db: Db, lines: readonly QuoteLineRequest[]): Promise<QuoteFacts> {
  const eventIds = new Set<string>();
  const serviceIds = new Set<string>();
  const seatIds = new Set<string>();
  const zoneIds = new Set<string>();
  for (const line of lines) {
    if (isEventLine(line)) eventIds.add(line.eventId);
    else serviceIds.add(line.serviceId);
    if ('zoneId' in line && line.zoneId) zoneIds.add(line.zoneId);
    for (const seatId of ('seatIds' in line ? (line.seatIds ?? []) : [])) seatIds.add(seatId);
  }
  // One after another: `db` is often a transaction, and node-postgres must not be given
  // several queries at once on one connection (deprecated in pg 8, an error in pg 9).
  // A group with no ids costs no round trip. Seats first: the zones they lie in are
  // named zones too, so the event and service queries need not look the seats up again.
  // Seats picked on a map with their events (the usual quote): both in one statement.
  const both = seatIds.size > 0 && eventIds.size > 0 ? await loadSeatsAndEvents(db, [...seatIds], [...eventIds], { zoneIds: [...zoneIds] }) : null;
  const seats = both?.seats ?? (await loadSeats(db, [...seatIds]));
  for (const seat of seats) zoneIds.add(seat.zoneId);
  const named = { zoneIds: [...zoneIds] };
  const events = both?.events ?? (await loadEvents(db, [...eventIds], named));
  const services = await loadServices(db, [...serviceIds], named);
  return {
    events: new Map(events.map((event) => [event.id, event])),
    services: new Map(services.map((service) => [service.id, service])),
    seats: new Map(seats.map((seat) => [seat.id, seat])),
  };
}
