import type { Bounds, DecodedSeat, SeatRun } from './contracts.ts';

// A run's line may miss a seat by this much; the decoder's rounding to 0.01 adds at most
// 0.005, so a decoded seat is within 0.015 of its place (the contract promises 0.02).
const SLACK = 0.01;
const CANONICAL_INTEGER = /^(0|[1-9]\d{0,8})$/;

const round2 = (value: number): number => Math.round(value * 100) / 100;
const numericLabel = (label: string): number | null => (CANONICAL_INTEGER.test(label) ? Number(label) : null);

/** The roundest number in [lo, hi], so a stand's step stays 0.5 rather than 0.500001. */
function roundestWithin(lo: number, hi: number): number {
  const middle = (lo + hi) / 2;
  for (let digits = 0; digits <= 6; digits += 1) {
    const scale = 10 ** digits;
    const candidate = Math.round(middle * scale) / scale;
    if (candidate >= lo && candidate <= hi) return candidate;
  }
  return middle;
}

/**
 * Packs seats (in ordinal order) into row runs: the longest stretches of one zone
 * and row with consecutive ordinals, on a line with an even step, and labelled either
 * by consecutive numbers or by a list. `decodeSeats` gives the seats back, each within
 * 0.02 of its position. Pure, so it is tested on generated halls.
 */
export function encodeSeatRuns(seats: readonly DecodedSeat[]): SeatRun[] {
  const runs: SeatRun[] = [];
  let nextOrdinal = 0;
  let start = 0;
  while (start < seats.length) {
    const { end, dx, dy } = extendRun(seats, start);
    runs.push(toRun(seats.slice(start, end), nextOrdinal, dx, dy));
    nextOrdinal = seats[end - 1]!.ordinal + 1;
    start = end;
  }
  return runs;
}

/** How far a run starting at `start` reaches, and its step: each seat narrows the steps that still fit. */
function extendRun(seats: readonly DecodedSeat[], start: number): { end: number; dx: number; dy: number } {
  const first = seats[start]!;
  const x0 = round2(first.x);
  const y0 = round2(first.y);
  const firstNumber = numericLabel(first.label);
  const step = { loX: -Infinity, hiX: Infinity, loY: -Infinity, hiY: Infinity };
  let end = start + 1;
  while (end < seats.length) {
    const seat = seats[end]!;
    const k = end - start;
    if (seat.zoneIndex !== first.zoneIndex || seat.row !== first.row || seat.ordinal !== first.ordinal + k) break;
    // A numbered row stays numbered: a label that breaks the count starts a new run.
    const number = numericLabel(seat.label);
    if (firstNumber !== null ? number !== firstNumber + k : number !== null) break;
    const loX = Math.max(step.loX, (seat.x - x0 - SLACK) / k);
    const hiX = Math.min(step.hiX, (seat.x - x0 + SLACK) / k);
    const loY = Math.max(step.loY, (seat.y - y0 - SLACK) / k);
    const hiY = Math.min(step.hiY, (seat.y - y0 + SLACK) / k);
    if (loX > hiX || loY > hiY) break;
    Object.assign(step, { loX, hiX, loY, hiY });
    end += 1;
  }
  if (end === start + 1) return { end, dx: 0, dy: 0 };
  return { end, dx: roundestWithin(step.loX, step.hiX), dy: roundestWithin(step.loY, step.hiY) };
}

function toRun(seats: readonly DecodedSeat[], nextOrdinal: number, dx: number, dy: number): SeatRun {
  const first = seats[0]!;
  const run: SeatRun = { z: first.zoneIndex, r: first.row, x: round2(first.x), y: round2(first.y), dx, dy, n: seats.length };
  if (first.ordinal !== nextOrdinal) run.o = first.ordinal;
  const firstNumber = numericLabel(first.label);
  if (firstNumber === null) run.l = seats.map((seat) => seat.label);
  else if (firstNumber !== 1) run.s = firstNumber;
  return run;
}

/** The box around the given seats, or null when there are none. */
export function boundsOf(seats: Iterable<{ x: number; y: number }>): Bounds | null {
  let box: Bounds | null = null;
  for (const { x, y } of seats) {
    if (!box) box = { minX: x, minY: y, maxX: x, maxY: y };
    else {
      box.minX = Math.min(box.minX, x);
      box.minY = Math.min(box.minY, y);
      box.maxX = Math.max(box.maxX, x);
      box.maxY = Math.max(box.maxY, y);
    }
  }
  return box && { minX: round2(box.minX), minY: round2(box.minY), maxX: round2(box.maxX), maxY: round2(box.maxY) };
}
