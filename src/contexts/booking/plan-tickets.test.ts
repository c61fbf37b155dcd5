import { describe, expect, it } from 'vitest';
import { lineTarget, type PricedLineData } from './line-inventory.ts';
import { HoldIncompleteError, planTickets, type HeldUnits } from './plan-tickets.ts';

const priced = (kind: PricedLineData['kind'], choice: Record<string, unknown>, money: { unit: number | null; quantity: number; amount: number }, entity = 'event'): PricedLineData => ({
  kind,
  unitPriceMinor: money.unit,
  quantity: money.quantity,
  amountMinor: money.amount,
  currency: 'RUB',
  factors: [],
  snapshot: { choice, inputs: [{ entity, id: 'x' }], amountMinor: money.amount },
});

const held = (parts: Partial<HeldUnits> = {}): HeldUnits => ({ seats: new Map(), places: new Map(), units: new Map(), ...parts });

let counter = 0;
const make = { id: () => `t${++counter}`, code: () => `CODE${counter}` };
const plan = (line: PricedLineData, units: HeldUnits) => planTickets([{ lineId: 'L1', priced: line, target: lineTarget(line) }], units, make);

describe('the tickets of an order', () => {
  it('gives one ticket per seat at the unit price, admitting to its event and seat', () => {
    const line = priced('zone_price', { eventId: 'E1', zoneId: 'Z1', seatIds: ['S1', 'S2'], quantity: 2 }, { unit: 250_000, quantity: 2, amount: 500_000 });
    const result = plan(line, held({ seats: new Map([['E1:S1', { zoneId: 'Z1' }], ['E1:S2', { zoneId: 'Z1' }]]) }));
    expect(result.tickets.map((t) => [t.seatId, t.eventId, t.zoneId, t.priceMinor])).toEqual([
      ['S1', 'E1', 'Z1', 250_000],
      ['S2', 'E1', 'Z1', 250_000],
    ]);
    expect(result.admissions.map((a) => [a.eventId, a.seatId])).toEqual([
      ['E1', 'S1'],
      ['E1', 'S2'],
    ]);
  });

  it('gives a season ticket one ticket per seat admitting to every event of the package', () => {
    const line = priced('package', { serviceId: 'P1', eventIds: ['E1', 'E2', 'E3'], seatIds: ['S1'], quantity: 1 }, { unit: 1_200_000, quantity: 1, amount: 1_200_000 }, 'season_ticket');
    const seats = new Map(['E1', 'E2', 'E3'].map((e) => [`${e}:S1`, { zoneId: 'Z9' }]));
    const result = plan(line, held({ seats }));
    expect(result.tickets).toHaveLength(1);
    expect(result.tickets[0]).toMatchObject({ serviceId: 'P1', seatId: 'S1', zoneId: 'Z9', priceMinor: 1_200_000 });
    expect(result.admissions.map((a) => a.eventId)).toEqual(['E1', 'E2', 'E3']);
  });

  it('refuses to plan a package whose seat is missing in one of its events', () => {
    const line = priced('package', { serviceId: 'P1', eventIds: ['E1', 'E2'], seatIds: ['S1'], quantity: 1 }, { unit: 100, quantity: 1, amount: 100 }, 'bundle');
    expect(() => plan(line, held({ seats: new Map([['E1:S1', { zoneId: null }]]) }))).toThrow(HoldIncompleteError);
  });

  it('gives one ticket per dance-floor place, lowest numbers first', () => {
    const line = priced('zone_price', { eventId: 'E1', zoneId: 'F1', seatIds: [], quantity: 3 }, { unit: 450_000, quantity: 3, amount: 1_350_000 });
    const result = plan(line, held({ places: new Map([['E1:F1', [7, 8, 9]]]) }));
    expect(result.tickets.map((t) => [t.placeNo, t.priceMinor])).toEqual([
      [7, 450_000],
      [8, 450_000],
      [9, 450_000],
    ]);
  });

  it('gives one ticket per unit of a stocked good, and one line ticket for an uncounted one', () => {
    const good = priced('simple', { serviceId: 'G1', quantity: 2 }, { unit: 150_000, quantity: 2, amount: 300_000 }, 'add_on_good');
    expect(plan(good, held({ units: new Map([['G1', [1, 2]]]) })).tickets.map((t) => [t.unitNo, t.priceMinor])).toEqual([
      [1, 150_000],
      [2, 150_000],
    ]);
    expect(plan(good, held()).tickets.map((t) => [t.unitNo, t.priceMinor])).toEqual([[null, 300_000]]);
  });

  it('gives a service line one ticket for its whole amount, with an admission to no event', () => {
    const visit = priced('museum', { serviceId: 'M1', visitors: [{ categoryId: 'adult', count: 3 }] }, { unit: null, quantity: 3, amount: 123_457 }, 'museum_service');
    const result = plan(visit, held());
    expect(result.tickets.map((t) => [t.serviceId, t.priceMinor])).toEqual([['M1', 123_457]]);
    expect(result.admissions.map((a) => a.eventId)).toEqual([null]);
  });

  it('freezes the line snapshot on every ticket and keeps the line total', () => {
    const line = priced('cinema', { eventId: 'E1', zoneId: 'Z1', seatIds: ['S1', 'S2', 'S3'], quantity: 3 }, { unit: 37_440, quantity: 3, amount: 112_320 });
    const seats = new Map(['S1', 'S2', 'S3'].map((s) => [`E1:${s}`, { zoneId: 'Z1' }]));
    const result = plan(line, held({ seats }));
    expect(result.tickets.reduce((sum, t) => sum + t.priceMinor, 0)).toBe(line.amountMinor);
    for (const ticket of result.tickets) expect(ticket.priceSnapshot).toBe(line.snapshot);
  });
});
