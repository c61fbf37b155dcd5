import { holdPlaces, holdSeats, holdUnits, type HoldTerms, type UnitRef } from '../../inventory/index.ts';
import type { Db } from '../../../server/db/types.ts';
import { badRequest, isAppError } from '../../../shared/errors.ts';
import type { LineTarget } from '../line-inventory.ts';
import type { HeldUnits } from '../plan-tickets.ts';
import { heldUnitsOf } from './held-units.ts';
import { withField } from './remap-field.ts';

/**
 * Holds everything the lines need under one hold, or nothing: every seat of every
 * line (and of every event of a package) in one claim, then each zone's places and
 * each good's units. A failure throws, and the caller's transaction undoes the rest.
 * Errors name the request's input: `lines.N.seatIds.M`, `lines.N.quantity`.
 */
export async function holdLines(tx: Db, terms: HoldTerms, targets: readonly LineTarget[]): Promise<HeldUnits> {
  const seatLines = seatOwners(targets);
  const items = targets.flatMap((target) => (target.inventory.kind === 'seats' ? target.inventory.items : []));
  const held: { unit: UnitRef; zoneId?: string | null }[] = [];
  if (items.length > 0) {
    try {
      for (const seat of await holdSeats(tx, { ...terms, items })) {
        held.push({ unit: { kind: 'seat', eventId: seat.eventId, seatId: seat.seatId }, zoneId: seat.zoneId });
      }
    } catch (error) {
      throw seatError(error, seatLines);
    }
  }
  for (const [lineIndex, target] of targets.entries()) {
    const inventory = target.inventory;
    try {
      if (inventory.kind === 'places') {
        const places = await holdPlaces(tx, { ...terms, eventId: inventory.eventId, zoneId: inventory.zoneId, quantity: inventory.quantity });
        held.push(...places.map((unit) => ({ unit })));
      } else if (inventory.kind === 'units') {
        held.push(...(await holdGoods(tx, terms, inventory.serviceId, inventory.quantity)).map((unit) => ({ unit })));
      }
    } catch (error) {
      throw withField(error, `lines.${lineIndex}.quantity`);
    }
  }
  return heldUnitsOf(held);
}

/** Units of an add-on good; one without counted stock needs none (an empty list). */
export async function holdGoods(tx: Db, terms: HoldTerms, serviceId: string, quantity: number): Promise<UnitRef[]> {
  try {
    return await holdUnits(tx, { ...terms, serviceId, quantity });
  } catch (error) {
    if (isAppError(error) && error.code === 'service_not_stocked') return [];
    throw error;
  }
}

/** Where each seat of each event was asked for, refusing a seat asked for twice in one event. */
function seatOwners(targets: readonly LineTarget[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const [lineIndex, target] of targets.entries()) {
    if (target.inventory.kind !== 'seats') continue;
    for (const item of target.inventory.items) {
      for (const [seatIndex, seatId] of item.seatIds.entries()) {
        const key = `${item.eventId}:${seatId}`;
        const field = `lines.${lineIndex}.seatIds.${seatIndex}`;
        if (owners.has(key) && !owners.get(key)?.startsWith(`lines.${lineIndex}.`)) {
          throw badRequest('duplicate_seat', 'This seat is already asked for by an earlier line for the same event.', { field, extra: { eventId: item.eventId, seatId } });
        }
        owners.set(key, field);
      }
    }
  }
  return owners;
}

/** 409 'seats_taken' keeps naming every seat, and its field points at the first taken one. */
function seatError(error: unknown, owners: Map<string, string>): unknown {
  if (!isAppError(error) || (error.code !== 'seats_taken' && error.code !== 'seat_not_on_sale')) return error;
  const seats = (error.extra?.takenSeats ?? error.extra?.seats ?? []) as { eventId: string; seatId: string }[];
  const field = seats.map((seat) => owners.get(`${seat.eventId}:${seat.seatId}`)).find((f) => f !== undefined);
  return field ? withField(error, field) : error;
}
