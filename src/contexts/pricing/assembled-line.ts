import { notFound, unprocessable } from '../../shared/errors.ts';
import type { LineInput } from './rules/index.ts';

/**
 * What booking must claim for a line, so it need not load the catalog again:
 * the same seats in each event, places of a general-admission zone (any such zone
 * of a package when `zoneId` is null), counted units of an add-on good, or nothing.
 */
export type InventoryNeed =
  | { readonly kind: 'seats'; readonly eventIds: readonly string[]; readonly seatIds: readonly string[] }
  | { readonly kind: 'places'; readonly eventIds: readonly string[]; readonly zoneId: string | null; readonly quantity: number }
  | { readonly kind: 'units'; readonly serviceId: string; readonly quantity: number }
  | { readonly kind: 'none' };

/** One request line turned into the rules' input, with what it reads as and what it holds. */
export type AssembledLine = {
  readonly input: LineInput;
  readonly description: string;
  readonly inventory: InventoryNeed;
};

/** The dotted path of a line's input, as problem details name it: lines.2.seatIds.0 */
export const fieldOf = (lineIndex: number, ...path: readonly (string | number)[]): string => ['lines', lineIndex, ...path].join('.');

export const eventNotFound = (eventId: string, lineIndex: number) =>
  notFound('event_not_found', `there is no event ${eventId}`, { field: fieldOf(lineIndex, 'eventId') });

export const serviceNotFound = (serviceId: string, lineIndex: number) =>
  notFound('service_not_found', `there is no service ${serviceId}`, { field: fieldOf(lineIndex, 'serviceId') });

/** A member the line's kind has no use for is refused, never silently dropped. */
export function refuseInapplicable(line: object, allowed: readonly string[], what: string, lineIndex: number): void {
  const stray = Object.keys(line).find((key) => !allowed.includes(key) && (line as Record<string, unknown>)[key] !== undefined);
  if (stray) {
    throw unprocessable('field_not_applicable', `${what} takes no ${stray}`, { field: fieldOf(lineIndex, stray) });
  }
}
