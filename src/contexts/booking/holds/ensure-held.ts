import { extendHold, holdPlaces, holdSeats, listHoldUnits, releaseHold, type UnitRef } from '../../inventory/index.ts';
import type { Db } from '../../../server/db/types.ts';
import type { LineTarget } from '../line-inventory.ts';
import { type HeldUnits, placeKey, seatKey } from '../plan-tickets.ts';
import { holdGoods } from './hold-lines.ts';
import { heldUnitsOf } from './held-units.ts';
import { withField } from './remap-field.ts';

/**
 * Makes the request's hold match its active lines until `heldUntil`: moves the deadline
 * of what it has, claims again what it lost (409 when someone else took it meanwhile),
 * and releases what no active line needs any more (refused lines, smaller quantities).
 */
export async function ensureHeld(tx: Db, holdId: string, targets: readonly LineTarget[], heldUntil: Date, now: Date): Promise<HeldUnits> {
  await extendHold(tx, holdId, heldUntil);
  const present = (await listHoldUnits(tx, holdId)).map((u) => u.unit);
  const have = heldUnitsOf(present.map((unit) => ({ unit })));
  const terms = { holdId, heldUntil, now };
  const extra: UnitRef[] = [];

  const wantedSeats = new Set<string>();
  const missing = new Map<string, string[]>();
  for (const target of targets) {
    if (target.inventory.kind !== 'seats') continue;
    for (const item of target.inventory.items) {
      for (const seatId of item.seatIds) {
        wantedSeats.add(seatKey(item.eventId, seatId));
        if (!have.seats.has(seatKey(item.eventId, seatId))) missing.set(item.eventId, [...(missing.get(item.eventId) ?? []), seatId]);
      }
    }
  }
  if (missing.size > 0) await holdSeats(tx, { ...terms, items: [...missing].map(([eventId, seatIds]) => ({ eventId, seatIds })) });
  extra.push(...present.filter((unit) => unit.kind === 'seat' && !wantedSeats.has(seatKey(unit.eventId, unit.seatId))));

  const wantedPlaces = new Map<string, { eventId: string; zoneId: string; quantity: number; lineIndex: number }>();
  const wantedUnits = new Map<string, { quantity: number; lineIndex: number }>();
  for (const [lineIndex, target] of targets.entries()) {
    const inv = target.inventory;
    if (inv.kind === 'places') {
      const key = placeKey(inv.eventId, inv.zoneId);
      wantedPlaces.set(key, { ...inv, quantity: (wantedPlaces.get(key)?.quantity ?? 0) + inv.quantity, lineIndex });
    } else if (inv.kind === 'units') {
      wantedUnits.set(inv.serviceId, { quantity: (wantedUnits.get(inv.serviceId)?.quantity ?? 0) + inv.quantity, lineIndex });
    }
  }
  for (const [key, want] of wantedPlaces) {
    const got = have.places.get(key)?.length ?? 0;
    if (got < want.quantity) {
      await holdPlaces(tx, { ...terms, eventId: want.eventId, zoneId: want.zoneId, quantity: want.quantity - got }).catch((error: unknown) => {
        throw withField(error, `lines.${want.lineIndex}.quantity`);
      });
    }
  }
  for (const [serviceId, want] of wantedUnits) {
    const got = have.units.get(serviceId)?.length ?? 0;
    if (got < want.quantity) {
      await holdGoods(tx, terms, serviceId, want.quantity - got).catch((error: unknown) => {
        throw withField(error, `lines.${want.lineIndex}.quantity`);
      });
    }
  }
  for (const unit of present) {
    if (unit.kind === 'place') {
      const key = placeKey(unit.eventId, unit.zoneId);
      if (surplus(have.places.get(key), wantedPlaces.get(key)?.quantity ?? 0).includes(unit.placeNo)) extra.push(unit);
    } else if (unit.kind === 'unit') {
      if (surplus(have.units.get(unit.serviceId), wantedUnits.get(unit.serviceId)?.quantity ?? 0).includes(unit.unitNo)) extra.push(unit);
    }
  }
  if (extra.length > 0) await releaseHold(tx, holdId, extra);
  return heldUnitsOf((await listHoldUnits(tx, holdId)).map((u) => ({ unit: u.unit })));
}

/** The highest numbers beyond what is wanted: those go back on sale first. */
function surplus(numbers: readonly number[] | undefined, wanted: number): number[] {
  return (numbers ?? []).slice(wanted);
}
