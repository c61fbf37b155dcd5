import {
  decodeAvailabilityBits, decodeSeats, isOrdinalFree, type Bounds, type SeatMapGeometry, type SeatMapZone,
} from '../../../contexts/catalog/seat-map/contracts.ts';

/**
 * The seats of a map in flat typed arrays (index i = the i-th seat in ordinal order),
 * so 80,000 seats cost a few megabytes and a loop over them stays in the CPU cache.
 */
export interface SeatModel {
  count: number;
  xs: Float64Array;
  ys: Float64Array;
  zone: Uint16Array;
  ordinals: Int32Array;
  rows: string[];
  labels: string[];
  /** ordinal → seat index, −1 where no seat has that ordinal. */
  byOrdinal: Int32Array;
  bounds: Bounds;
  /** The usual distance between neighbouring seats: the unit of hit radius and seat size. */
  pitch: number;
  zones: SeatMapZone[];
}

export function buildSeatModel(geometry: Pick<SeatMapGeometry, 'rows' | 'ordinalCount' | 'bounds'>, zones: SeatMapZone[]): SeatModel {
  const seats = decodeSeats(geometry);
  const count = seats.length;
  const model: SeatModel = {
    count,
    xs: new Float64Array(count),
    ys: new Float64Array(count),
    zone: new Uint16Array(count),
    ordinals: new Int32Array(count),
    rows: new Array<string>(count),
    labels: new Array<string>(count),
    byOrdinal: new Int32Array(Math.max(geometry.ordinalCount, count)).fill(-1),
    bounds: geometry.bounds ?? { minX: 0, minY: 0, maxX: 1, maxY: 1 },
    pitch: pitchOf(geometry.rows),
    zones,
  };
  seats.forEach((seat, index) => {
    model.xs[index] = seat.x;
    model.ys[index] = seat.y;
    model.zone[index] = seat.zoneIndex;
    model.ordinals[index] = seat.ordinal;
    model.rows[index] = seat.row;
    model.labels[index] = seat.label;
    if (seat.ordinal < model.byOrdinal.length) model.byOrdinal[seat.ordinal] = index;
  });
  return model;
}

/** The median step between seats of a row; 1 when no row has two seats. */
function pitchOf(rows: SeatMapGeometry['rows']): number {
  const steps = rows.filter((run) => run.n > 1).map((run) => Math.hypot(run.dx, run.dy)).filter((step) => step > 0);
  if (steps.length === 0) return 1;
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)]!;
}

/** One byte per seat: 1 when free now (the zone on sale and its bit set). */
export function freeFlags(model: SeatModel, availabilityBase64: string): Uint8Array {
  const bits = decodeAvailabilityBits(availabilityBase64);
  const free = new Uint8Array(model.count);
  for (let i = 0; i < model.count; i += 1) {
    const zone = model.zones[model.zone[i]!];
    free[i] = zone?.onSale && isOrdinalFree(bits, model.ordinals[i]!) ? 1 : 0;
  }
  return free;
}

/** The seat with this ordinal, or −1. */
export const seatOfOrdinal = (model: SeatModel, ordinal: number): number => (ordinal >= 0 && ordinal < model.byOrdinal.length ? model.byOrdinal[ordinal]! : -1);
