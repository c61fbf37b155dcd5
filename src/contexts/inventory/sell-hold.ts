import type { Db } from '../../server/db/types.ts';
import { badRequest, conflict } from '../../shared/errors.ts';
import { sellHeld, unitStates } from './hold-repository.ts';
import { unitTables } from './unit-tables.ts';
import { isKind, type RefOf, type UnitKind, type UnitRef, unitKey } from './units.ts';

export interface Sale {
  unit: UnitRef;
  ticketId: string;
}

export interface SellHoldInput {
  holdId: string;
  now: Date;
  tickets: readonly Sale[];
}

/**
 * Sells the listed units of a running hold, each as its ticket, or none: 409
 * `hold_expired` when the hold still has them but its deadline passed (extendHold
 * first: nobody took them), 409 `hold_lost` when another hold took them or they were
 * released. Units of the hold not listed stay held; release them separately.
 */
export async function sellHold(db: Db, input: SellHoldInput): Promise<UnitRef[]> {
  assertDistinct(input.tickets);
  if (input.tickets.length === 0) return [];
  return db.transaction(async (tx) => {
    const sold = [
      ...(await sellHeld(tx, unitTables.seat, input, salesOf(input.tickets, 'seat'))),
      ...(await sellHeld(tx, unitTables.place, input, salesOf(input.tickets, 'place'))),
      ...(await sellHeld(tx, unitTables.unit, input, salesOf(input.tickets, 'unit'))),
    ];
    if (sold.length === input.tickets.length) return sold;
    const done = new Set(sold.map(unitKey));
    const missing = input.tickets.map((t) => t.unit).filter((unit) => !done.has(unitKey(unit)));
    const states = [
      ...(await unitStates(tx, unitTables.seat, missing.filter(isKind('seat')))),
      ...(await unitStates(tx, unitTables.place, missing.filter(isKind('place')))),
      ...(await unitStates(tx, unitTables.unit, missing.filter(isKind('unit')))),
    ];
    const expired = new Set(
      states.filter((s) => s.holdId === input.holdId && s.status === 'held' && s.heldUntil !== null && s.heldUntil < input.now).map((s) => unitKey(s.unit)),
    );
    const lost = missing.filter((unit) => !expired.has(unitKey(unit)));
    if (lost.length > 0) {
      throw conflict('hold_lost', 'Some of these units are no longer held for this booking.', { extra: { holdId: input.holdId, units: lost } });
    }
    throw conflict('hold_expired', 'The hold on these units has expired.', { extra: { holdId: input.holdId, units: missing } });
  });
}

function salesOf<K extends UnitKind>(tickets: readonly Sale[], kind: K): { unit: RefOf<K>; ticketId: string }[] {
  const guard = isKind(kind);
  return tickets.flatMap((t) => (guard(t.unit) ? [{ unit: t.unit, ticketId: t.ticketId }] : []));
}

function assertDistinct(tickets: readonly Sale[]): void {
  const units = new Set<string>();
  const ticketIds = new Set<string>();
  for (const [index, sale] of tickets.entries()) {
    if (units.has(unitKey(sale.unit))) {
      throw badRequest('duplicate_unit', 'The same unit is sold twice.', { field: `tickets.${index}.unit`, extra: { unit: sale.unit } });
    }
    if (ticketIds.has(sale.ticketId)) {
      throw badRequest('duplicate_ticket', 'One ticket is given two units.', { field: `tickets.${index}.ticketId` });
    }
    units.add(unitKey(sale.unit));
    ticketIds.add(sale.ticketId);
  }
}
