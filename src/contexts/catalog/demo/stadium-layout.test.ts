import { describe, expect, it } from 'vitest';
import { cinemaLayout } from './cinema-layout.ts';
import { expandRows, type LayoutSeat } from './hall-layout.ts';
import { stadiumLayout } from './stadium-layout.ts';

/** The smallest distance between two seats, found through a 1 m grid. */
function closestPair(seats: readonly LayoutSeat[]): number {
  const cell = (v: number) => Math.floor(v);
  const grid = new Map<string, LayoutSeat[]>();
  for (const seat of seats) {
    const key = `${cell(seat.x)},${cell(seat.y)}`;
    (grid.get(key) ?? grid.set(key, []).get(key)!).push(seat);
  }
  let closest = Infinity;
  for (const seat of seats) {
    for (let gx = -1; gx <= 1; gx += 1) {
      for (let gy = -1; gy <= 1; gy += 1) {
        for (const other of grid.get(`${cell(seat.x) + gx},${cell(seat.y) + gy}`) ?? []) {
          if (other !== seat) closest = Math.min(closest, Math.hypot(other.x - seat.x, other.y - seat.y));
        }
      }
    }
  }
  return closest;
}

describe('the demo stadium bowl', () => {
  const layout = stadiumLayout();
  const seats = expandRows(layout.rows);

  it('has about 80,000 seats in named sectors of both tiers of every stand and corner', () => {
    expect(seats).toHaveLength(layout.seatCount);
    expect(layout.seatCount).toBeGreaterThan(78_000);
    expect(layout.seatCount).toBeLessThan(82_000);
    const perSector = new Map<string, number>();
    for (const seat of seats) perSector.set(seat.zone, (perSector.get(seat.zone) ?? 0) + 1);
    expect([...perSector.keys()].sort()).toEqual(layout.sectors.map((s) => s.code).sort());
    expect(new Set(layout.sectors.map((s) => s.part))).toEqual(new Set(['north', 'east', 'south', 'west', 'north_east', 'south_east', 'south_west', 'north_west']));
    expect(layout.sectors.find((s) => s.code === 'A104')).toMatchObject({ part: 'north', tier: 1, rank: 0 });
  });

  it('numbers the seats 0..n-1, each once, and addresses each seat once in its sector', () => {
    expect(seats.map((s) => s.ordinal)).toEqual(Array.from({ length: seats.length }, (_, i) => i));
    expect(new Set(seats.map((s) => `${s.zone}|${s.row}|${s.label}`)).size).toBe(seats.length);
  });

  it('puts no two seats at the same place, nor closer than a seat width, and none on the pitch', () => {
    expect(closestPair(seats)).toBeGreaterThanOrEqual(0.49);
    const onPitch = seats.filter((s) => Math.abs(s.x) < 52.5 + 5 && Math.abs(s.y) < 34 + 5);
    expect(onPitch).toEqual([]);
  });

  it('lays the bowl out around the pitch: seats on every side of it', () => {
    expect(seats.some((s) => s.y < -40 && Math.abs(s.x) < 10)).toBe(true); // north
    expect(seats.some((s) => s.y > 40 && Math.abs(s.x) < 10)).toBe(true); // south
    expect(seats.some((s) => s.x > 60 && Math.abs(s.y) < 10)).toBe(true); // east
    expect(seats.some((s) => s.x < -60 && Math.abs(s.y) < 10)).toBe(true); // west
    expect(seats.some((s) => s.x > 60 && s.y < -40)).toBe(true); // a corner
  });
});

describe('a demo cinema hall', () => {
  it('numbers rows from the screen across zones, seats left to right, and never overlaps', () => {
    const { rows, seatCount } = cinemaLayout([
      { zone: 'STD', rows: 3, seatsPerRow: 10, seatWidth: 0.55 },
      { zone: 'VIP', rows: 2, seatsPerRow: 6, seatWidth: 1 },
    ]);
    const seats = expandRows(rows);
    expect(seatCount).toBe(42);
    expect(rows.map((r) => `${r.zone}${r.row}`)).toEqual(['STD1', 'STD2', 'STD3', 'VIP4', 'VIP5']);
    expect(closestPair(seats)).toBeGreaterThan(0.54);
    const row1 = seats.filter((s) => s.row === '1');
    expect(row1[0]!.x).toBeLessThan(row1[9]!.x);
  });
});
