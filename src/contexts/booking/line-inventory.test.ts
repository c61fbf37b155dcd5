import { describe, expect, it } from 'vitest';
import { lineTarget, lineUnitCount, type InventoryNeed, type PricedLineData } from './line-inventory.ts';

const line = (kind: PricedLineData['kind'], choice: Record<string, unknown>, inventory?: InventoryNeed, quantity = 2): PricedLineData => ({
  kind,
  unitPriceMinor: 100,
  quantity,
  amountMinor: 100 * quantity,
  currency: 'RUB',
  factors: [],
  snapshot: { choice, inputs: [{ entity: kind === 'simple' ? 'add_on_good' : 'event', id: 'x' }] },
  ...(inventory ? { inventory } : {}),
});

describe('what a line takes from inventory', () => {
  it('holds a package\'s seats in every one of its events', () => {
    const target = lineTarget(line('package', { serviceId: 'P', eventIds: ['E1', 'E2'], seatIds: ['S1', 'S2'] }, { kind: 'seats', eventIds: ['E1', 'E2'], seatIds: ['S1', 'S2'] }));
    expect(target.inventory).toEqual({ kind: 'seats', items: [{ eventId: 'E1', seatIds: ['S1', 'S2'] }, { eventId: 'E2', seatIds: ['S1', 'S2'] }] });
    expect(target.eventIds).toEqual(['E1', 'E2']);
    expect(lineUnitCount(target, 2)).toBe(2);
  });

  it('holds the places of one general-admission zone of one event', () => {
    const target = lineTarget(line('zone_price', { eventId: 'E1', zoneId: 'F', seatIds: [] }, { kind: 'places', eventIds: ['E1'], zoneId: 'F', quantity: 3 }, 3));
    expect(target.inventory).toEqual({ kind: 'places', eventId: 'E1', zoneId: 'F', quantity: 3 });
  });

  it('leaves places of a package in several events to an operator', () => {
    const target = lineTarget(line('package', { serviceId: 'P', eventIds: ['E1', 'E2'] }, { kind: 'places', eventIds: ['E1', 'E2'], zoneId: null, quantity: 2 }));
    expect(target.inventory.kind).toBe('unholdable');
  });

  it('reads an older line from its snapshot when pricing said nothing', () => {
    expect(lineTarget(line('cinema', { eventId: 'E1', zoneId: 'Z', seatIds: ['S1'] })).inventory).toEqual({ kind: 'seats', items: [{ eventId: 'E1', seatIds: ['S1'] }] });
    expect(lineTarget(line('simple', { serviceId: 'G' })).inventory).toEqual({ kind: 'units', serviceId: 'G', quantity: 2 });
    expect(lineTarget(line('museum', { serviceId: 'M' })).inventory).toEqual({ kind: 'none' });
  });
});
