import type { Db } from '../../server/db/types.ts';
import { badRequest, conflict, notFound } from '../../shared/errors.ts';
import { type ClaimedSeat, claimSeats, findSeats } from './claim-repository.ts';
import { type HoldTerms, assertHoldTerms } from './hold-terms.ts';
import { type SeatRef, unitKey } from './units.ts';

export interface HoldSeatsInput extends HoldTerms {
  /** One item per event; a bundle or season ticket lists the same seats under each of its events. */
  items: readonly { eventId: string; seatIds: readonly string[] }[];
}

/**
 * Holds every listed seat in every listed event for `holdId` until `heldUntil`, or none:
 * 409 `seats_taken` names the seats someone else has (held, sold or blocked), 404
 * `seat_not_on_sale` those the events do not sell. Seats this hold already has are kept
 * and their deadline moved. Returns the seats in the order asked. Pass every seat of a
 * request in one call (ADR 0004).
 */
export async function holdSeats(db: Db, input: HoldSeatsInput): Promise<ClaimedSeat[]> {
  assertHoldTerms(input);
  const seats = seatRefs(input.items);
  if (seats.length === 0) return [];
  // One all-or-nothing statement: a failed claim changes nothing, so it needs no savepoint
  // (two round trips fewer on the on-sale path; ADR 0004).
  const claim = await claimSeats(db, input, seats);
  if (claim.complete) {
    const got = new Map(claim.claimed.map((c) => [unitKey(c), c]));
    return seats.map((s) => got.get(unitKey(s)) as ClaimedSeat);
  }
  const claimable = new Set(claim.claimable.map(unitKey));
  const missing = seats.filter((s) => !claimable.has(unitKey(s)));
  const existing = new Set((await findSeats(db, missing)).map(unitKey));
  const notOnSale = missing.filter((s) => !existing.has(unitKey(s))).map(plain);
  if (notOnSale.length > 0) {
    throw notFound('seat_not_on_sale', 'Some of these seats are not on sale for this event.', { extra: { seats: notOnSale } });
  }
  throw conflict('seats_taken', 'Some of these seats have just been taken by someone else.', {
    extra: { takenSeats: missing.map(plain) },
  });
}

function seatRefs(items: HoldSeatsInput['items']): SeatRef[] {
  const seen = new Set<string>();
  const seats: SeatRef[] = [];
  for (const [itemIndex, item] of items.entries()) {
    for (const [seatIndex, seatId] of item.seatIds.entries()) {
      const ref: SeatRef = { kind: 'seat', eventId: item.eventId, seatId };
      if (seen.has(unitKey(ref))) {
        throw badRequest('duplicate_seat', 'The same seat is asked for twice in one event.', {
          field: `items.${itemIndex}.seatIds.${seatIndex}`,
          extra: { eventId: item.eventId, seatId },
        });
      }
      seen.add(unitKey(ref));
      seats.push(ref);
    }
  }
  return seats;
}

const plain = (ref: SeatRef) => ({ eventId: ref.eventId, seatId: ref.seatId });
