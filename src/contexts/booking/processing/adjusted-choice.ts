import type { AdjustLineBody } from '../contracts.ts';

const CHOICE_MEMBERS = ['seatIds', 'quantity', 'visitObjectIds', 'visitors', 'visitorCount', 'visitDate', 'visitTime'] as const;

/**
 * The line as the operator changes it: the client's choice with the given members
 * replaced. Other seats may lie in another zone, so a seated line drops its zone and
 * count (pricing derives both from the seats). Null when the choice does not change.
 */
export function adjustedChoice(choice: Readonly<Record<string, unknown>>, body: AdjustLineBody): Record<string, unknown> | null {
  const changes = Object.fromEntries(CHOICE_MEMBERS.flatMap((member) => (body[member] === undefined ? [] : [[member, body[member]]])));
  if (Object.keys(changes).length === 0) return null;
  const next: Record<string, unknown> = { ...choice, ...changes };
  if (body.seatIds !== undefined && 'eventId' in choice) {
    delete next.zoneId;
    if (body.quantity === undefined) delete next.quantity;
  }
  if (body.seatIds !== undefined && 'serviceId' in choice && body.quantity === undefined) delete next.quantity;
  return next;
}
