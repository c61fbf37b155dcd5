import type { SeatFactsRow } from './catalog-facts.ts';
import { toWallClock } from './rules/wall-clock.ts';

// What a line reads as on a quote or an order ("Дюна, 2026-07-12 19:00 — VIP-зона:
// ряд 3 место 5"): built from catalog names, in the venue's wall clock, and never
// used for a price.

const SEATS_SHOWN = 10;

/** "2026-07-12 19:00" in the venue's time zone. */
export function venueTime(instant: Date, timeZone: string): string {
  return toWallClock(instant, timeZone).slice(0, 16).replace('T', ' ');
}

export function seatsText(seatIds: readonly string[], seats: ReadonlyMap<string, SeatFactsRow>): string {
  const labels = seatIds.slice(0, SEATS_SHOWN).map((seatId) => {
    const seat = seats.get(seatId);
    return seat ? `ряд ${seat.rowLabel} место ${seat.seatLabel}` : seatId;
  });
  const more = seatIds.length - labels.length;
  return more > 0 ? `${labels.join(', ')} и ещё ${more}` : labels.join(', ');
}

export function visitText(visitDate: string | undefined, visitTime: string | undefined): string {
  if (!visitDate) return '';
  return visitTime ? `, ${visitDate} ${visitTime}` : `, ${visitDate}`;
}
