import { assertSameCurrency, sumMinor } from '../../../shared/money.ts';
import type { Quote } from './priced-line.ts';
import { priceLine } from './price-line.ts';
import { lineField, refuse } from './refuse.ts';
import type { LineInput, PricingContext } from './types.ts';

/**
 * Prices every line (each validated first, each rounded once) and totals them.
 * The total is the exact sum of the line amounts, never rounded again. A seat may
 * appear once across the whole quote, and all lines share one currency.
 */
export function priceQuote(lines: readonly LineInput[], context: PricingContext): Quote {
  if (lines.length === 0) throw refuse('quantity_invalid', 'a quote needs at least one line', 'lines');
  const seatsTaken = new Set<string>();
  const priced = lines.map((line, lineIndex) => {
    const result = priceLine(line, context, lineIndex);
    for (const [seatIndex, key] of seatKeys(line).entries()) {
      if (seatsTaken.has(key)) {
        throw refuse('duplicate_seat', `this seat is already in an earlier line`, lineField(lineIndex, 'seatIds', seatIndex));
      }
      seatsTaken.add(key);
    }
    return result;
  });
  const currency = priced[0]?.currency ?? '';
  for (const [lineIndex, line] of priced.entries()) assertSameCurrency(currency, line.currency, lineField(lineIndex));
  return { currency, totalMinor: sumMinor(priced.map((line) => line.amountMinor)), lines: priced };
}

/** Seats are unique per event, and per package for a season ticket or bundle. */
function seatKeys(line: LineInput): string[] {
  switch (line.kind) {
    case 'cinema':
    case 'zone_price':
      return (line.choice.seatIds ?? []).map((seatId) => `event:${line.event.id}:${seatId}`);
    case 'package':
      return (line.choice.seatIds ?? []).map((seatId) => `package:${line.service.id}:${seatId}`);
    case 'simple':
    case 'museum':
      return [];
  }
}
