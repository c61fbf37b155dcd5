import { describe, expect, it } from 'vitest';
import { assembleLineInput } from './assemble-line-input.ts';
import { type PriceSnapshot, priceQuote } from './rules/index.ts';
import { cinemaEvent, ids, NOW, quoteFacts, seatId } from './testing/quote-facts-fixtures.ts';

function sellAt(basePriceMinor: number): PriceSnapshot {
  const facts = quoteFacts({ events: [cinemaEvent(basePriceMinor)] });
  const line = assembleLineInput({ eventId: ids.cinemaEvent, seatIds: [seatId(1)] }, 0, facts);
  const [priced] = priceQuote([line.input], { now: NOW }).lines;
  if (!priced) throw new Error('no line priced');
  return priced.snapshot;
}

describe('the price snapshot a sale freezes', () => {
  it('is plain data that survives storage unchanged', () => {
    const snapshot = sellAt(40_000);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('stays what it was after the film price changes; only new quotes see the new price', () => {
    const stored = JSON.stringify(sellAt(40_000)); // what booking writes on the sold ticket
    const repriced = sellAt(50_000);
    const sold = JSON.parse(stored) as PriceSnapshot;
    expect(sold.amountMinor).toBe(131_040);
    expect(sold.factors).toContainEqual({ kind: 'film_base_price', filmId: 'film-dune', title: 'Дюна', priceMinor: 40_000 });
    expect(repriced.amountMinor).toBe(163_800);
    expect(JSON.stringify(sold)).toBe(stored);
    expect(sold.choice).toEqual({ eventId: ids.cinemaEvent, zoneId: ids.vipZone, seatIds: [seatId(1)], quantity: 1 });
  });
});
