import type { SeatModel } from './seat-model.ts';

/**
 * A uniform grid over the seats (cells of two seat pitches, stored as compressed
 * rows), so finding the seat under the pointer or the seats on screen looks at a
 * few cells instead of 80,000 seats.
 */
export interface SeatGrid {
  cell: number;
  cols: number;
  rows: number;
  minX: number;
  minY: number;
  /** Seats of cell c are items[start[c] .. start[c + 1]). */
  start: Int32Array;
  items: Int32Array;
}

export function buildSeatGrid(model: SeatModel): SeatGrid {
  const cell = model.pitch * 2;
  const { minX, minY, maxX, maxY } = model.bounds;
  const cols = Math.max(1, Math.floor((maxX - minX) / cell) + 1);
  const rows = Math.max(1, Math.floor((maxY - minY) / cell) + 1);
  const cellOf = (i: number) => cellIndex(cols, rows, Math.floor((model.xs[i]! - minX) / cell), Math.floor((model.ys[i]! - minY) / cell));
  const start = new Int32Array(cols * rows + 1);
  for (let i = 0; i < model.count; i += 1) start[cellOf(i) + 1]! += 1;
  for (let c = 0; c < cols * rows; c += 1) start[c + 1]! += start[c]!;
  const fill = start.slice(0, cols * rows);
  const items = new Int32Array(model.count);
  for (let i = 0; i < model.count; i += 1) items[fill[cellOf(i)]!++] = i;
  return { cell, cols, rows, minX, minY, start, items };
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max - 1);
const cellIndex = (cols: number, rows: number, cx: number, cy: number) => clamp(cy, rows) * cols + clamp(cx, cols);

/** Calls `visit` for every seat in the cells that touch the box (a superset of the seats inside it). */
export function forSeatsNear(grid: SeatGrid, minX: number, minY: number, maxX: number, maxY: number, visit: (seat: number) => void): void {
  const fromX = clamp(Math.floor((minX - grid.minX) / grid.cell), grid.cols);
  const toX = clamp(Math.floor((maxX - grid.minX) / grid.cell), grid.cols);
  const fromY = clamp(Math.floor((minY - grid.minY) / grid.cell), grid.rows);
  const toY = clamp(Math.floor((maxY - grid.minY) / grid.cell), grid.rows);
  if (maxX < grid.minX || maxY < grid.minY) return;
  for (let cy = fromY; cy <= toY; cy += 1) {
    for (let c = cy * grid.cols + fromX, end = cy * grid.cols + toX; c <= end; c += 1) {
      for (let k = grid.start[c]!; k < grid.start[c + 1]!; k += 1) visit(grid.items[k]!);
    }
  }
}

/** The seat nearest to (x, y) within `radius` (plan units), or −1. */
export function seatAt(model: SeatModel, grid: SeatGrid, x: number, y: number, radius: number): number {
  let best = -1;
  let bestDistance = radius * radius;
  forSeatsNear(grid, x - radius, y - radius, x + radius, y + radius, (seat) => {
    const distance = (model.xs[seat]! - x) ** 2 + (model.ys[seat]! - y) ** 2;
    if (distance <= bestDistance) {
      best = seat;
      bestDistance = distance;
    }
  });
  return best;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The seat the arrow keys move to: left/right walk the seat order (along the row,
 * then on to the next row); up/down go to the nearest seat in the next row above or
 * below on the plan. −1 when there is none.
 */
export function neighbour(model: SeatModel, grid: SeatGrid, seat: number, direction: Direction): number {
  if (direction === 'left') return seat > 0 ? seat - 1 : -1;
  if (direction === 'right') return seat < model.count - 1 ? seat + 1 : -1;
  const sign = direction === 'up' ? -1 : 1;
  const x = model.xs[seat]!;
  const y = model.ys[seat]!;
  // Look in ever larger boxes until a seat lies clearly beyond this row.
  for (let reach = model.pitch * 2; reach <= model.pitch * 64; reach *= 2) {
    let best = -1;
    let bestScore = Infinity;
    forSeatsNear(grid, x - reach, y - reach, x + reach, y + reach, (other) => {
      const dy = (model.ys[other]! - y) * sign;
      if (dy < model.pitch * 0.5) return;
      const dx = model.xs[other]! - x;
      const score = dy * dy + 4 * dx * dx; // prefer straight up or down
      if (score < bestScore) {
        best = other;
        bestScore = score;
      }
    });
    if (best >= 0) return best;
  }
  return -1;
}
