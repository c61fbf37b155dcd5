import { describe, expect, it } from 'vitest';
import { priceQuote } from './price-quote.ts';
import { cinemaLine, IMAX_HALL_TYPE, NOW, packageLine, simpleLine, stadiumLine, VIP_HALL_TYPE } from './testing/catalog-fixtures.ts';
import { expectRefusal } from './testing/expect-refusal.ts';
import { museumLine, museumService } from './testing/museum-fixtures.ts';

const context = { now: NOW };

describe('a quote of several lines', () => {
  it('totals the line amounts, each rounded once, without rounding the total again', () => {
    const half = { id: 'st-half', name: 'Половина', value: '0.5' };
    const quote = priceQuote(
      [
        cinemaLine({ basePriceMinor: 33_335, sessionTypes: [half], seatIds: ['s-1', 's-2', 's-3'] }), // 16 667.5 -> 16 668 per seat
        cinemaLine({ hallTypes: [VIP_HALL_TYPE, IMAX_HALL_TYPE], seatIds: ['s-4'] }),
        stadiumLine({ zoneId: 'z-dance', quantity: 2 }),
        museumLine(museumService({ flags: { isVisitorCountUseForCost: true } }), { visitorCount: 3 }),
        simpleLine(2),
      ],
      context,
    );
    expect(quote.lines.map((line) => line.amountMinor)).toEqual([50_004, 93_600, 700_000, 135_000, 60_000]);
    expect(quote).toMatchObject({ currency: 'RUB', totalMinor: 1_038_604 });
  });

  it('refuses a seat taken by an earlier line of the same event', () => {
    const lines = [cinemaLine({ seatIds: ['s-1', 's-2'] }), cinemaLine({ seatIds: ['s-3', 's-2'] })];
    expectRefusal(() => priceQuote(lines, context), 'duplicate_seat', 'lines.1.seatIds.1');
  });

  it('allows the same seat number in a season ticket and in another package', () => {
    const quote = priceQuote([packageLine('bundle', { seatIds: ['a-1'] }), packageLine('season_ticket', { seatIds: ['a-1'] })], context);
    expect(quote.totalMinor).toBe(3_400_000);
  });

  it('reports the first broken line by its index', () => {
    expectRefusal(() => priceQuote([simpleLine(1), simpleLine(1), stadiumLine({ zoneId: 'z-nowhere', quantity: 1 })], context), 'zone_not_in_event', 'lines.2.zoneId');
  });

  it('refuses lines in different currencies and an empty quote', () => {
    const euros = simpleLine(1, { currency: 'EUR' });
    expectRefusal(() => priceQuote([simpleLine(1), euros], context), 'currency_mismatch', 'lines.1');
    expectRefusal(() => priceQuote([], context), 'quantity_invalid', 'lines');
  });
});
