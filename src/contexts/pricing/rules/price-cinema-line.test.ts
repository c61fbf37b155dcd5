import { describe, expect, it } from 'vitest';
import { priceLine } from './price-line.ts';
import {
  cinemaLine,
  EVENING,
  EXTENDED,
  IMAX_HALL_TYPE,
  MORNING,
  NOW,
  VIP_HALL_TYPE,
} from './testing/catalog-fixtures.ts';
import { expectRefusal } from './testing/expect-refusal.ts';

const context = { now: NOW };

describe('cinema ticket (seed 003): base price x hall types x zone x session types', () => {
  it('prices a VIP + IMAX hall, evening session, 4 seats, and lists every factor', () => {
    const line = cinemaLine({ hallTypes: [VIP_HALL_TYPE, IMAX_HALL_TYPE], sessionTypes: [EVENING], seatIds: ['s-1', 's-2', 's-3', 's-4'] });
    const priced = priceLine(line, context);
    expect(priced).toMatchObject({ unitPriceMinor: 93_600, quantity: 4, amountMinor: 374_400, currency: 'RUB' });
    expect(priced.factors).toEqual([
      { kind: 'film_base_price', filmId: 'film-dune', title: 'Дюна: часть вторая', priceMinor: 40_000 },
      { kind: 'coefficient', source: 'hall_type', id: 'ht-vip', name: 'VIP', value: '1.5000' },
      { kind: 'coefficient', source: 'hall_type', id: 'ht-imax', name: 'IMAX', value: '1.3000' },
      { kind: 'coefficient', source: 'zone', id: 'z-std', name: 'Партер', value: '1.0000' },
      { kind: 'coefficient', source: 'session_type', id: 'st-evening', name: 'Вечерний', value: '1.2000' },
      { kind: 'rounding', exactMinor: '93600', roundedMinor: 93_600 },
    ]);
  });

  it.each([
    ['VIP zone 1.4 in a hall without VIP, morning 0.8', [], ['z-vip', 'v-1'], [MORNING], 44_800],
    ['standard zone, morning 0.8', [], ['z-std', 's-1'], [MORNING], 32_000],
    ['standard zone, evening 1.2', [], ['z-std', 's-1'], [EVENING], 48_000],
    ['no session type at all', [], ['z-std', 's-1'], [], 40_000],
    ['morning + extended on one event (0.8 x 1.1)', [], ['z-std', 's-1'], [MORNING, EXTENDED], 35_200],
    ['VIP + IMAX hall, VIP zone, morning + extended', [VIP_HALL_TYPE, IMAX_HALL_TYPE], ['z-vip', 'v-2'], [MORNING, EXTENDED], 96_096],
  ] as const)('%s', (_, hallTypes, [zoneId, seatId], sessionTypes, unit) => {
    const priced = priceLine(cinemaLine({ hallTypes: [...hallTypes], zoneId, seatIds: [seatId], sessionTypes: [...sessionTypes] }), context);
    expect(priced).toMatchObject({ unitPriceMinor: unit, quantity: 1, amountMinor: unit });
    const coefficients = priced.factors.filter((factor) => factor.kind === 'coefficient');
    expect(coefficients).toHaveLength(hallTypes.length + 1 + sessionTypes.length);
  });

  it.each([
    [1, '0.5', 1],
    [3, '0.5', 2],
    [33_335, '1.5', 50_003], // 50 002.5
    [33_333, '1.5', 50_000], // 49 999.5
    [10_001, '0.3333', 3_333], // 3 333.3333
  ])('rounds once at the half kopeck: %i x %s -> %i per seat', (basePriceMinor, value, unit) => {
    const session = { id: 'st-x', name: 'Акция', value };
    const priced = priceLine(cinemaLine({ basePriceMinor, sessionTypes: [session], seatIds: ['s-1', 's-2'] }), context);
    expect(priced).toMatchObject({ unitPriceMinor: unit, quantity: 2, amountMinor: unit * 2 });
    expect(priced.factors.at(-1)).toMatchObject({ kind: 'rounding', roundedMinor: unit });
  });

  it('does not let row or seat change the price', () => {
    const first = priceLine(cinemaLine({ seatIds: ['s-1'] }), context);
    const last = priceLine(cinemaLine({ seatIds: ['s-10'] }), context);
    expect(last.unitPriceMinor).toBe(first.unitPriceMinor);
  });

  it('writes a JSON-safe snapshot with the inputs and their versions', () => {
    const priced = priceLine(cinemaLine({ hallTypes: [VIP_HALL_TYPE], seatIds: ['s-3', 's-4'] }), context);
    const stored = JSON.parse(JSON.stringify(priced.snapshot));
    expect(stored).toEqual(priced.snapshot);
    expect(stored).toMatchObject({
      schema: 'price-snapshot/1',
      kind: 'cinema',
      unitPriceMinor: 72_000,
      amountMinor: 144_000,
      choice: { eventId: 'ev-dune', zoneId: 'z-std', seatIds: ['s-3', 's-4'], quantity: 2 },
      pricedAt: NOW.toISOString(),
    });
    expect(stored.inputs).toEqual(
      expect.arrayContaining([
        { entity: 'event', id: 'ev-dune', version: 7 },
        { entity: 'film', id: 'film-dune', version: 2 },
        { entity: 'hall_type', id: 'ht-vip', version: 3 },
        { entity: 'session_type', id: 'st-evening', version: null },
      ]),
    );
  });
});

describe('cinema line refusals', () => {
  it.each([
    ['a zone of another hall', { zoneId: 'z-balcony' }, 'zone_not_in_event', 'lines.0.zoneId'],
    ['a seat missing from the hall', { seatIds: ['s-1', 'x-99'] }, 'seat_not_in_event', 'lines.0.seatIds.1'],
    ['a seat of another zone', { zoneId: 'z-vip', seatIds: ['v-1', 's-1'] }, 'seat_not_in_event', 'lines.0.seatIds.1'],
    ['the same seat twice', { seatIds: ['s-1', 's-2', 's-1'] }, 'duplicate_seat', 'lines.0.seatIds.2'],
    ['no seat in a seated zone', { seatIds: [] }, 'quantity_invalid', 'lines.0.seatIds'],
    ['a quantity that disagrees with the seats', { seatIds: ['s-1'], quantity: 2 }, 'quantity_invalid', 'lines.0.quantity'],
  ])('refuses %s', (_, overrides, code, field) => {
    expectRefusal(() => priceLine(cinemaLine(overrides), context), code, field);
  });

  it.each([
    ['before sales open', '2025-06-19T23:59:59Z', 'sales_not_open'],
    ['at the start of the session', '2025-07-01T16:00:00Z', 'event_started'],
    ['after the start', '2025-07-01T17:00:00Z', 'event_started'],
  ])('refuses a sale %s', (_, now, code) => {
    expectRefusal(() => priceLine(cinemaLine(), { now: new Date(now) }), code, 'lines.0.eventId');
  });

  it('refuses a sale after sales close even though the session has not started', () => {
    const line = cinemaLine({ event: { salesCloseAt: new Date('2025-07-01T15:30:00Z') } });
    expectRefusal(() => priceLine(line, { now: new Date('2025-07-01T15:45:00Z') }), 'sales_closed', 'lines.0.eventId');
  });

  it('sells at the very moment sales open', () => {
    expect(priceLine(cinemaLine(), { now: new Date('2025-06-20T00:00:00Z') }).amountMinor).toBe(48_000);
  });
});
