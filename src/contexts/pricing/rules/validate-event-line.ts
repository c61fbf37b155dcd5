import { firstRepeatIndex, isPositiveCount, lineField, refuse } from './refuse.ts';
import type { EventChoice, EventFacts, ZoneFacts } from './types.ts';
import { validateSalesWindow } from './validate-sales-window.ts';

export type ValidEventLine<Zone extends ZoneFacts> = {
  readonly zone: Zone;
  readonly seatIds: readonly string[];
  readonly quantity: number;
};

/**
 * Checks an event line (cinema or stadium) before it is priced: on sale now, the
 * zone belongs to the event, seats are named for a seated zone and lie in that zone,
 * no seat twice, a positive quantity for general admission. Returns the zone and
 * the quantity priced (seats count for a seated zone).
 */
export function validateEventLine<Zone extends ZoneFacts>(
  event: EventFacts<Zone>,
  choice: EventChoice,
  now: Date,
  lineIndex: number,
): ValidEventLine<Zone> {
  validateSalesWindow(event, now, lineField(lineIndex, 'eventId'));
  const zone = event.zones.find((candidate) => candidate.id === choice.zoneId);
  if (!zone) {
    throw refuse('zone_not_in_event', `zone ${choice.zoneId} is not on sale in event ${event.id}`, lineField(lineIndex, 'zoneId'));
  }
  const seatIds = choice.seatIds ?? [];
  if (!zone.seated) {
    if (seatIds.length > 0) {
      throw refuse('seat_not_in_event', `zone ${zone.name} has no seats (general admission)`, lineField(lineIndex, 'seatIds', 0));
    }
    if (!isPositiveCount(choice.quantity)) {
      throw refuse('quantity_invalid', 'quantity must be a whole number of at least 1', lineField(lineIndex, 'quantity'));
    }
    return { zone, seatIds, quantity: choice.quantity };
  }
  validateSeats(event, zone, seatIds, lineIndex);
  if (choice.quantity !== undefined && choice.quantity !== seatIds.length) {
    throw refuse('quantity_invalid', `quantity ${choice.quantity} differs from the ${seatIds.length} seats chosen`, lineField(lineIndex, 'quantity'));
  }
  return { zone, seatIds, quantity: seatIds.length };
}

function validateSeats(event: EventFacts<ZoneFacts>, zone: ZoneFacts, seatIds: readonly string[], lineIndex: number): void {
  if (seatIds.length === 0) {
    throw refuse('quantity_invalid', `zone ${zone.name} is seated: choose at least one seat`, lineField(lineIndex, 'seatIds'));
  }
  const repeat = firstRepeatIndex(seatIds);
  if (repeat >= 0) {
    throw refuse('duplicate_seat', `seat ${seatIds[repeat]} is chosen twice`, lineField(lineIndex, 'seatIds', repeat));
  }
  for (const [index, seatId] of seatIds.entries()) {
    const seat = event.seats.get(seatId);
    if (!seat || seat.zoneId !== zone.id) {
      throw refuse('seat_not_in_event', `seat ${seatId} is not in zone ${zone.name} of event ${event.id}`, lineField(lineIndex, 'seatIds', index), {
        seatZoneId: seat?.zoneId ?? null,
      });
    }
  }
}
