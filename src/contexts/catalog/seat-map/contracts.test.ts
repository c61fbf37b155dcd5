import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandRows } from '../demo/hall-layout.ts';
import { stadiumLayout } from '../demo/stadium-layout.ts';
import { clearOrdinals, emptyBits, setRange, toBase64 } from './availability-bits.ts';
import { decodeAvailabilityBits, decodeSeatMap, decodeSeats, isOrdinalFree, type DecodedSeat } from './contracts.ts';
import { encodeSeatRuns } from './encode-seat-runs.ts';

/** Same ordinal, zone, row and label, and a position within 0.02 of the original: the contract's promise. */
function expectSameSeats(decoded: DecodedSeat[], original: DecodedSeat[]) {
  expect(decoded).toHaveLength(original.length);
  const wrong = decoded.filter((seat, i) => {
    const want = original[i]!;
    return (
      seat.ordinal !== want.ordinal || seat.zoneIndex !== want.zoneIndex || seat.row !== want.row || seat.label !== want.label ||
      Math.abs(seat.x - want.x) > 0.02 || Math.abs(seat.y - want.y) > 0.02
    );
  });
  expect(wrong.slice(0, 3)).toEqual([]);
}

describe('the seat map encoding', () => {
  const layout = stadiumLayout();
  const zoneIndex = new Map(layout.sectors.map((sector, index) => [sector.code, index]));
  const stadiumSeats: DecodedSeat[] = expandRows(layout.rows).map((seat) => ({ ...seat, zoneIndex: zoneIndex.get(seat.zone)! }));

  it('gives back every seat of the 80,000-seat stadium with its row, label and position, one run per row', () => {
    const runs = encodeSeatRuns(stadiumSeats);
    expect(runs).toHaveLength(layout.rows.length);
    expectSameSeats(decodeSeats({ rows: runs }), stadiumSeats);
    expect(JSON.stringify(runs).length).toBeLessThan(200_000);
  });

  it('gives back any hall: gaps in ordinals, labels that are not 1..n, uneven spacing', () => {
    const seat = fc.record({
      gap: fc.integer({ min: 1, max: 3 }),
      zoneIndex: fc.integer({ min: 0, max: 2 }),
      row: fc.constantFrom('1', '2', 'A'),
      label: fc.oneof(fc.integer({ min: 0, max: 40 }).map(String), fc.constantFrom('5a', 'B', '07')),
      x: fc.double({ min: -500, max: 500, noNaN: true }),
      y: fc.double({ min: -500, max: 500, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(seat, { maxLength: 60 }), (drawn) => {
        let ordinal = -1;
        const seats = drawn.map(({ gap, x, y, ...rest }) => {
          ordinal += gap;
          return { ...rest, ordinal, x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 };
        });
        expectSameSeats(decodeSeats({ rows: encodeSeatRuns(seats) }), seats);
      }),
    );
  });

  it('keeps a numbered row with a regular step in one run, and starts at a given number', () => {
    const row = Array.from({ length: 30 }, (_, i) => ({ ordinal: 100 + i, zoneIndex: 1, row: '7', label: String(11 + i), x: 3.5 + i * 0.35355, y: -2 - i * 0.35355 }));
    const runs = encodeSeatRuns(row);
    expect(runs).toEqual([expect.objectContaining({ o: 100, s: 11, n: 30, r: '7', z: 1 })]);
    expectSameSeats(decodeSeats({ rows: runs }), row);
  });

  it('round-trips availability: one bit per ordinal, most significant bit first', () => {
    const bits = emptyBits(20);
    setRange(bits, { first: 0, count: 20 }, true);
    clearOrdinals(bits, [0, 9, 19]);
    const decoded = decodeAvailabilityBits(toBase64(bits));
    expect(decoded[0]).toBe(0b0111_1111);
    const free = Array.from({ length: 20 }, (_, k) => isOrdinalFree(decoded, k));
    expect(free.filter((f) => !f)).toHaveLength(3);
    expect([free[0], free[9], free[19], free[1], free[18]]).toEqual([false, false, false, true, true]);
    expect(isOrdinalFree(decoded, 400)).toBe(false);
  });

  it('decodes a whole map into seats with their zone and whether they are free', () => {
    const seats = stadiumSeats.slice(0, 100);
    const bits = emptyBits(100);
    setRange(bits, { first: 0, count: 100 }, true);
    clearOrdinals(bits, [42]);
    const zones = layout.sectors.map((sector) => ({ id: `zone-${sector.code}` }));
    const decoded = decodeSeatMap({ geometry: { rows: encodeSeatRuns(seats) }, zones, availability: { seats: toBase64(bits) } } as never);
    expect(decoded).toHaveLength(100);
    expect(decoded.filter((seat) => !seat.free).map((seat) => seat.ordinal)).toEqual([42]);
    expect(decoded[0]).toMatchObject({ zoneId: `zone-${layout.sectors[0]!.code}`, row: '1', label: '1', free: true });
  });
});
