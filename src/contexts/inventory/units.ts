// What a hold or a sale is made of: references to single sellable rows, one kind per table.

/** A numbered seat of one event. */
export interface SeatRef {
  kind: 'seat';
  eventId: string;
  seatId: string;
}

/** One place in a general-admission zone (a dance floor) of one event. */
export interface PlaceRef {
  kind: 'place';
  eventId: string;
  zoneId: string;
  placeNo: number;
}

/** One unit of an add-on good (a souvenir, a rental item). */
export interface ServiceUnitRef {
  kind: 'unit';
  serviceId: string;
  unitNo: number;
}

export type UnitRef = SeatRef | PlaceRef | ServiceUnitRef;
export type UnitKind = UnitRef['kind'];
export type RefOf<K extends UnitKind> = Extract<UnitRef, { kind: K }>;

/** A type guard for one kind of unit: `refs.filter(isKind('seat'))`. */
export const isKind =
  <K extends UnitKind>(kind: K) =>
  (ref: UnitRef): ref is RefOf<K> =>
    ref.kind === kind;

/** Seats are always touched before places and places before units, so lock waits never form a cycle (ADR 0004). */
export const unitKinds = ['seat', 'place', 'unit'] as const satisfies readonly UnitKind[];

/** How many rows of each kind an operation changed. */
export interface UnitCounts {
  seats: number;
  places: number;
  units: number;
}

export const noUnits: UnitCounts = { seats: 0, places: 0, units: 0 };

export function countUnits(refs: readonly UnitRef[]): UnitCounts {
  const counts = { ...noUnits };
  for (const ref of refs) {
    switch (ref.kind) {
      case 'seat':
        counts.seats += 1;
        break;
      case 'place':
        counts.places += 1;
        break;
      case 'unit':
        counts.units += 1;
        break;
    }
  }
  return counts;
}

/** A stable text key of a unit, for sets and error lists. */
export function unitKey(ref: UnitRef): string {
  switch (ref.kind) {
    case 'seat':
      return `seat:${ref.eventId}:${ref.seatId}`;
    case 'place':
      return `place:${ref.eventId}:${ref.zoneId}:${ref.placeNo}`;
    case 'unit':
      return `unit:${ref.serviceId}:${ref.unitNo}`;
  }
}
