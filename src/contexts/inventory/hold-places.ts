import type { Db } from '../../server/db/types.ts';
import { conflict, notFound } from '../../shared/errors.ts';
import { claimPlaces, hasPlaces } from './claim-repository.ts';
import { type HoldTerms, assertHoldTerms, assertQuantity } from './hold-terms.ts';
import type { PlaceRef } from './units.ts';

export interface HoldPlacesInput extends HoldTerms {
  eventId: string;
  zoneId: string;
  quantity: number;
}

/**
 * Adds `quantity` places of a general-admission zone to the hold, or none: 409
 * `places_sold_out` says how many could be had right now, 404 `zone_not_on_sale`
 * when the event sells no places in that zone.
 */
export async function holdPlaces(db: Db, input: HoldPlacesInput): Promise<PlaceRef[]> {
  assertHoldTerms(input);
  assertQuantity(input.quantity);
  const { eventId, zoneId, quantity } = input;
  return db.transaction(async (tx) => {
    const placeNos = await claimPlaces(tx, input, { eventId, zoneId }, quantity);
    if (placeNos.length === quantity) return placeNos.map((placeNo) => ({ kind: 'place' as const, eventId, zoneId, placeNo }));
    if (placeNos.length === 0 && !(await hasPlaces(tx, { eventId, zoneId }))) {
      throw notFound('zone_not_on_sale', 'This event sells no places in this zone.', { field: 'zoneId', extra: { eventId, zoneId } });
    }
    // The savepoint rolls back, so the places counted here go back on sale at once.
    throw conflict('places_sold_out', `Only ${placeNos.length} places are left in this zone.`, {
      field: 'quantity',
      extra: { eventId, zoneId, available: placeNos.length },
    });
  });
}
