import type { HoldUnit } from '../../inventory/index.ts';
import { type HeldUnits, placeKey, seatKey } from '../plan-tickets.ts';

/** Collects units of a hold into the pools the ticket plan takes them from. */
export function heldUnitsOf(units: readonly { unit: HoldUnit['unit']; zoneId?: string | null }[]): HeldUnits {
  const seats = new Map<string, { zoneId: string | null }>();
  const places = new Map<string, number[]>();
  const goods = new Map<string, number[]>();
  for (const { unit, zoneId } of units) {
    switch (unit.kind) {
      case 'seat':
        seats.set(seatKey(unit.eventId, unit.seatId), { zoneId: zoneId ?? null });
        break;
      case 'place':
        pool(places, placeKey(unit.eventId, unit.zoneId)).push(unit.placeNo);
        break;
      case 'unit':
        pool(goods, unit.serviceId).push(unit.unitNo);
        break;
    }
  }
  for (const numbers of [...places.values(), ...goods.values()]) numbers.sort((a, b) => a - b);
  return { seats, places, units: goods };
}

function pool(map: Map<string, number[]>, key: string): number[] {
  let numbers = map.get(key);
  if (!numbers) {
    numbers = [];
    map.set(key, numbers);
  }
  return numbers;
}
