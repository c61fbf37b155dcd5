import { describe, expect, it } from 'vitest';
import { groupHolds, numberRanges } from './holds-summary.ts';
import type { HeldUnit } from './requests-api.ts';

const place = (placeNo: number, heldUntil = '2026-06-01T10:00:00.000Z'): HeldUnit => ({
  kind: 'place', eventId: 'e1', seatId: null, zoneId: 'z1', placeNo, serviceId: null, unitNo: null, status: 'held', heldUntil,
});

describe('the hold as an operator reads it', () => {
  it('groups units of one zone held until one time, with their numbers', () => {
    const groups = groupHolds([place(1), place(2), place(3), place(7), place(9, '2026-06-01T11:00:00.000Z')]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ kind: 'place', zoneId: 'z1', count: 4, numbers: [1, 2, 3, 7] });
    expect(groups[1]).toMatchObject({ count: 1, numbers: [9] });
  });

  it('keeps seats (which have no numbers) apart from sold units', () => {
    const seat: HeldUnit = { kind: 'seat', eventId: 'e1', seatId: 's1', zoneId: 'z2', placeNo: null, serviceId: null, unitNo: null, status: 'held', heldUntil: null };
    const groups = groupHolds([seat, { ...seat, seatId: 's2' }, { ...seat, seatId: 's3', status: 'sold' }]);
    expect(groups.map((group) => [group.status, group.count, group.numbers.length])).toEqual([['held', 2, 0], ['sold', 1, 0]]);
  });

  it('writes numbers as ranges', () => {
    expect(numberRanges([5, 1, 2, 3, 8, 10, 11])).toBe('1–3, 5, 8, 10–11');
    expect(numberRanges([4])).toBe('4');
    expect(numberRanges([])).toBe('');
  });
});
