import { describe, expect, it } from 'vitest';
import { priceLine } from './price-line.ts';
import { NOW, packageLine, simpleLine, stadiumLine } from './testing/catalog-fixtures.ts';
import { expectRefusal } from './testing/expect-refusal.ts';

const context = { now: NOW };

describe('stadium and concert: the event price of the zone', () => {
  it('prices seats in a sector at the zone price, no coefficient', () => {
    const priced = priceLine(stadiumLine({ zoneId: 'z-sector-a', seatIds: ['a-1', 'a-2', 'a-3'] }), context);
    expect(priced).toMatchObject({ kind: 'zone_price', unitPriceMinor: 250_000, quantity: 3, amountMinor: 750_000 });
    expect(priced.factors).toEqual([{ kind: 'zone_price', zoneId: 'z-sector-a', zoneName: 'Сектор A', priceMinor: 250_000 }]);
  });

  it('prices the dance floor (general admission) by quantity', () => {
    const priced = priceLine(stadiumLine({ zoneId: 'z-dance', quantity: 2 }), context);
    expect(priced).toMatchObject({ unitPriceMinor: 350_000, quantity: 2, amountMinor: 700_000 });
  });

  it.each([
    ['a zone without a price in this event', { zoneId: 'z-vip-box', seatIds: ['a-1'] }, 'zone_not_in_event', 'lines.0.zoneId'],
    ['seats on the dance floor', { zoneId: 'z-dance', seatIds: ['a-1'], quantity: 1 }, 'seat_not_in_event', 'lines.0.seatIds.0'],
    ['no quantity on the dance floor', { zoneId: 'z-dance' }, 'quantity_invalid', 'lines.0.quantity'],
    ['a zero quantity', { zoneId: 'z-dance', quantity: 0 }, 'quantity_invalid', 'lines.0.quantity'],
    ['a fractional quantity', { zoneId: 'z-dance', quantity: 1.5 }, 'quantity_invalid', 'lines.0.quantity'],
    ['a seat outside the sector', { zoneId: 'z-sector-a', seatIds: ['b-1'] }, 'seat_not_in_event', 'lines.0.seatIds.0'],
  ])('refuses %s', (_, choice, code, field) => {
    expectRefusal(() => priceLine(stadiumLine(choice), context), code, field);
  });

  it('refuses once the match has started', () => {
    const line = stadiumLine({ zoneId: 'z-dance', quantity: 1 }, { startsAt: new Date('2025-07-01T08:00:00Z') });
    expectRefusal(() => priceLine(line, context), 'event_started', 'lines.0.eventId');
  });
});

describe('bundle and season ticket: one price per seat for the whole set', () => {
  it('prices a bundle of three matches per seat', () => {
    const priced = priceLine(packageLine('bundle', { seatIds: ['a-1', 'a-2'] }), context);
    expect(priced).toMatchObject({ kind: 'package', unitPriceMinor: 900_000, quantity: 2, amountMinor: 1_800_000 });
    expect(priced.factors).toEqual([{ kind: 'service_cost', serviceId: 'svc-bundle', serviceName: 'Три матча плей-офф', priceMinor: 900_000 }]);
    expect(priced.snapshot.choice).toMatchObject({ eventIds: ['ev-1', 'ev-2', 'ev-3'], seatIds: ['a-1', 'a-2'] });
  });

  it('prices a season ticket, seated or general admission', () => {
    expect(priceLine(packageLine('season_ticket', { seatIds: ['a-7'] }), context).amountMinor).toBe(2_500_000);
    expect(priceLine(packageLine('season_ticket', { quantity: 3 }, false), context).amountMinor).toBe(7_500_000);
  });

  it.each([
    ['a seat outside the hall', packageLine('bundle', { seatIds: ['a-1', 'z-1'] }), 'seat_not_in_event', 'lines.0.seatIds.1'],
    ['the same seat twice', packageLine('bundle', { seatIds: ['a-1', 'a-1'] }), 'duplicate_seat', 'lines.0.seatIds.1'],
    ['no seat', packageLine('season_ticket', {}), 'quantity_invalid', 'lines.0.seatIds'],
    ['no quantity (general admission)', packageLine('season_ticket', {}, false), 'quantity_invalid', 'lines.0.quantity'],
  ])('refuses %s', (_, line, code, field) => {
    expectRefusal(() => priceLine(line, context), code, field);
  });
});

describe('simple services: base cost x quantity', () => {
  it.each([
    ['add-on service (audio guide)', 'add_on_service', 30_000, 3, 90_000],
    ['add-on good (souvenir)', 'add_on_good', 49_990, 2, 99_980],
    ['facility pass by visits', 'facility_pass_visits', 500_000, 1, 500_000],
    ['facility pass by days', 'facility_pass_days', 120_000, 5, 600_000],
    ['single excursion', 'excursion', 75_000, 4, 300_000],
  ] as const)('%s', (_, simpleKind, baseCostMinor, quantity, amount) => {
    const priced = priceLine(simpleLine(quantity, { simpleKind, baseCostMinor }), context);
    expect(priced).toMatchObject({ kind: 'simple', unitPriceMinor: baseCostMinor, quantity, amountMinor: amount, validity: null });
  });

  it('refuses a quantity below one', () => {
    expectRefusal(() => priceLine(simpleLine(0), context), 'quantity_invalid', 'lines.0.quantity');
  });

  it('refuses outside its sales window', () => {
    const line = simpleLine(1, { salesCloseAt: new Date('2025-06-30T21:00:00Z') });
    expectRefusal(() => priceLine(line, context), 'sales_closed', 'lines.0.serviceId');
  });

  it('applies its date flags when it has them, and returns the validity', () => {
    const visitRules = { activeKindId: 2, activeDays: 10, isNeedVisitDate: false, isNeedVisitTime: false, venueTimeZone: 'Europe/Moscow' };
    const priced = priceLine(simpleLine(1, { simpleKind: 'facility_pass_days', visitRules }), context);
    expect(priced.validity).toEqual({ kind: 'days_from_first_visit', days: 10 });
    expect(priced.snapshot.validity).toEqual({ kind: 'days_from_first_visit', days: 10 });
  });
});
