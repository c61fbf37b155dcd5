import type { SeatModel } from './seat-model.ts';
import { seatOfOrdinal } from './seat-model.ts';

// The seats a visitor has picked, by ordinal (stable while the hall is unchanged).

export const maxSelectedSeats = 50;

export type ToggleRefusal = 'taken' | 'not_on_sale' | 'limit';

/** Picks or unpicks a seat; a taken seat, a zone not on sale, or one seat too many is refused. */
export function toggleSeat(
  model: SeatModel,
  free: Uint8Array,
  selected: ReadonlySet<number>,
  seat: number,
  limit = maxSelectedSeats,
): { selected: ReadonlySet<number>; refused: ToggleRefusal | null } {
  const ordinal = model.ordinals[seat]!;
  if (selected.has(ordinal)) {
    const next = new Set(selected);
    next.delete(ordinal);
    return { selected: next, refused: null };
  }
  if (!model.zones[model.zone[seat]!]?.onSale) return { selected, refused: 'not_on_sale' };
  if (!free[seat]) return { selected, refused: 'taken' };
  if (selected.size >= limit) return { selected, refused: 'limit' };
  return { selected: new Set(selected).add(ordinal), refused: null };
}

/** After fresh availability: the picked seats someone else took meanwhile are dropped. */
export function dropTaken(model: SeatModel, free: Uint8Array, selected: ReadonlySet<number>): { selected: ReadonlySet<number>; dropped: number[] } {
  const dropped = [...selected].filter((ordinal) => {
    const seat = seatOfOrdinal(model, ordinal);
    return seat < 0 || !free[seat];
  });
  if (dropped.length === 0) return { selected, dropped };
  return { selected: new Set([...selected].filter((ordinal) => !dropped.includes(ordinal))), dropped };
}

export interface PickedSeat {
  seat: number;
  ordinal: number;
  zoneIndex: number;
  row: string;
  label: string;
  priceMinor: number | null;
}

/** The picked seats in seat order, with their zone's price, and what they cost together. */
export function summarize(model: SeatModel, selected: ReadonlySet<number>): { seats: PickedSeat[]; totalMinor: number } {
  const seats = [...selected]
    .map((ordinal) => seatOfOrdinal(model, ordinal))
    .filter((seat) => seat >= 0)
    .sort((a, b) => a - b)
    .map((seat) => {
      const zoneIndex = model.zone[seat]!;
      return { seat, ordinal: model.ordinals[seat]!, zoneIndex, row: model.rows[seat]!, label: model.labels[seat]!, priceMinor: model.zones[zoneIndex]?.priceMinor ?? null };
    });
  return { seats, totalMinor: seats.reduce((sum, seat) => sum + (seat.priceMinor ?? 0), 0) };
}

/** Picked seats grouped by zone: a request line holds the seats of one zone. */
export function byZone(seats: readonly PickedSeat[]): Map<number, PickedSeat[]> {
  const groups = new Map<number, PickedSeat[]>();
  for (const seat of seats) {
    const group = groups.get(seat.zoneIndex);
    if (group) group.push(seat);
    else groups.set(seat.zoneIndex, [seat]);
  }
  return groups;
}
