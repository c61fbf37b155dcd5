import { firstRepeatIndex, isPositiveCount, lineField, refuse } from './refuse.ts';
import type { PackageLineInput } from './types.ts';
import { validateSalesWindow } from './validate-sales-window.ts';

/**
 * A bundle or season ticket: on sale now; seats named (each in the hall, none
 * twice) when the package is seated, a positive quantity when it is not.
 * Returns the seats and the quantity priced.
 */
export function validatePackageLine(
  line: PackageLineInput,
  now: Date,
  lineIndex: number,
): { readonly seatIds: readonly string[]; readonly quantity: number } {
  const { service, choice } = line;
  validateSalesWindow(service, now, lineField(lineIndex, 'serviceId'));
  const seatIds = choice.seatIds ?? [];
  if (service.seats === null) {
    if (seatIds.length > 0) {
      throw refuse('seat_not_in_event', `${service.name} is general admission: no seats`, lineField(lineIndex, 'seatIds', 0));
    }
    if (!isPositiveCount(choice.quantity)) {
      throw refuse('quantity_invalid', 'quantity must be a whole number of at least 1', lineField(lineIndex, 'quantity'));
    }
    return { seatIds, quantity: choice.quantity };
  }
  if (seatIds.length === 0) {
    throw refuse('quantity_invalid', `${service.name} is seated: choose at least one seat`, lineField(lineIndex, 'seatIds'));
  }
  const repeat = firstRepeatIndex(seatIds);
  if (repeat >= 0) throw refuse('duplicate_seat', `seat ${seatIds[repeat]} is chosen twice`, lineField(lineIndex, 'seatIds', repeat));
  const strange = seatIds.findIndex((seatId) => !service.seats?.has(seatId));
  if (strange >= 0) {
    throw refuse('seat_not_in_event', `seat ${seatIds[strange]} is not in the hall of ${service.name}`, lineField(lineIndex, 'seatIds', strange));
  }
  if (choice.quantity !== undefined && choice.quantity !== seatIds.length) {
    throw refuse('quantity_invalid', `quantity ${choice.quantity} differs from the ${seatIds.length} seats chosen`, lineField(lineIndex, 'quantity'));
  }
  return { seatIds, quantity: seatIds.length };
}
