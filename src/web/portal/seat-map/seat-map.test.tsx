import { describe, expect, it } from 'vitest';
import type { SeatMapZone, SeatRun } from '../../../contexts/catalog/seat-map/contracts.ts';
import { buildSeatGrid, neighbour, seatAt } from './seat-grid.ts';
import { buildSeatModel, freeFlags, seatOfOrdinal } from './seat-model.ts';
import { dropTaken, maxSelectedSeats, summarize, toggleSeat } from './selection.ts';
import { fitView, keepVisible, toPlan, toScreen, zoomAt } from './viewport.ts';

const zone = (id: string, priceMinor: number | null, onSale = true): SeatMapZone => ({
  id, code: id, name: `Zone ${id}`, kind: 'seated', coefficient: '1.0000', color: null, capacity: null, seatCount: 0, bounds: null, onSale, priceMinor,
});

/** A hall of `rows` rows of `perRow` seats, 1 apart; rows alternate between zones a and b. */
function hall(rows: number, perRow: number) {
  const runs: SeatRun[] = Array.from({ length: rows }, (_, row) => ({ z: row % 2, r: String(row + 1), x: 0, y: row, dx: 1, dy: 0, n: perRow }));
  const count = rows * perRow;
  const model = buildSeatModel({ rows: runs, ordinalCount: count, bounds: { minX: 0, minY: 0, maxX: perRow - 1, maxY: rows - 1 } }, [zone('a', 50_000), zone('b', 30_000)]);
  return { model, grid: buildSeatGrid(model) };
}

/** Base64 of a bitset with every ordinal free except `taken`. */
function bits(count: number, taken: number[] = []): string {
  const bytes = new Uint8Array(Math.ceil(count / 8)).fill(0xff);
  for (const k of taken) bytes[k >> 3] = bytes[k >> 3]! & ~(1 << (7 - (k & 7)));
  return btoa(String.fromCharCode(...bytes));
}

describe('seat model and grid', () => {
  it('decodes every seat with its row, label, zone and position', () => {
    const { model } = hall(3, 4);
    expect(model.count).toBe(12);
    const seat = seatOfOrdinal(model, 6);
    expect([model.rows[seat], model.labels[seat], model.zone[seat], model.xs[seat], model.ys[seat]]).toEqual(['2', '3', 1, 2, 1]);
    expect(model.pitch).toBe(1);
  });

  it('finds the seat under a point, and nothing between seats beyond the radius', () => {
    const { model, grid } = hall(10, 10);
    expect(seatAt(model, grid, 3.2, 4.1, 0.6)).toBe(seatOfOrdinal(model, 43));
    expect(seatAt(model, grid, 3.5, 4.5, 0.6)).toBe(-1);
    expect(seatAt(model, grid, -5, -5, 0.6)).toBe(-1);
  });

  it('hit-tests a stadium-sized hall by grid bucket, quickly', () => {
    const { model, grid } = hall(400, 200);
    expect(model.count).toBe(80_000);
    const started = performance.now();
    for (let i = 0; i < 10_000; i += 1) seatAt(model, grid, (i * 7) % 200, (i * 13) % 400, 0.6);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(seatAt(model, grid, 199, 399, 0.3)).toBe(seatOfOrdinal(model, 79_999));
  });

  it('moves with the arrow keys along the row and to the rows above and below', () => {
    const { model, grid } = hall(5, 5);
    const start = seatOfOrdinal(model, 12); // row 3, seat 3
    expect(model.labels[neighbour(model, grid, start, 'right')]).toBe('4');
    expect(model.rows[neighbour(model, grid, start, 'up')]).toBe('2');
    expect(model.labels[neighbour(model, grid, start, 'up')]).toBe('3');
    expect(model.rows[neighbour(model, grid, start, 'down')]).toBe('4');
    expect(neighbour(model, grid, seatOfOrdinal(model, 2), 'up')).toBe(-1);
  });
});

describe('picking seats', () => {
  it('picks free seats, refuses taken ones and zones not on sale, and totals the zone prices', () => {
    const { model } = hall(2, 3);
    const free = freeFlags(model, bits(6, [1]));
    let picked = toggleSeat(model, free, new Set(), seatOfOrdinal(model, 0));
    expect(picked.refused).toBeNull();
    picked = toggleSeat(model, free, picked.selected, seatOfOrdinal(model, 4));
    expect(summarize(model, picked.selected)).toMatchObject({ totalMinor: 80_000, seats: [{ row: '1', label: '1' }, { row: '2', label: '2' }] });
    expect(toggleSeat(model, free, picked.selected, seatOfOrdinal(model, 1)).refused).toBe('taken');
    expect(toggleSeat(model, free, picked.selected, seatOfOrdinal(model, 0)).selected.size).toBe(1);

    const closed = buildSeatModel({ rows: [{ z: 0, r: '1', x: 0, y: 0, dx: 1, dy: 0, n: 2 }], ordinalCount: 2, bounds: null }, [zone('c', null, false)]);
    expect(toggleSeat(closed, freeFlags(closed, bits(2)), new Set(), 0).refused).toBe('not_on_sale');
  });

  it('stops at the limit of seats per request', () => {
    const { model } = hall(10, 10);
    const free = freeFlags(model, bits(100));
    const many = new Set(Array.from({ length: maxSelectedSeats }, (_, k) => k));
    expect(toggleSeat(model, free, many, seatOfOrdinal(model, 99)).refused).toBe('limit');
  });

  it('drops picked seats that fresh availability shows taken', () => {
    const { model } = hall(2, 3);
    const { selected, dropped } = dropTaken(model, freeFlags(model, bits(6, [4])), new Set([0, 4]));
    expect([...selected]).toEqual([0]);
    expect(dropped).toEqual([4]);
  });
});

describe('viewport', () => {
  it('fits the plan, keeps the point under the cursor while zooming, and pans a seat into view', () => {
    const view = fitView({ minX: 0, minY: 0, maxX: 100, maxY: 50 }, 1000, 500, 0);
    expect(view.scale).toBe(10);
    const zoomed = zoomAt(view, 2, 300, 200, { min: 1, max: 100 });
    expect(toPlan(zoomed, 300, 200)).toEqual(toPlan(view, 300, 200));
    const moved = keepVisible(zoomed, 100, 50, 1000, 500, 40);
    const at = toScreen(moved, 100, 50);
    expect(at.x).toBeLessThanOrEqual(960);
    expect(at.y).toBeLessThanOrEqual(460);
  });
});
