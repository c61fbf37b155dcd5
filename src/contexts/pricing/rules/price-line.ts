import type { PricedLine } from './priced-line.ts';
import { priceCinemaLine } from './price-cinema-line.ts';
import { priceMuseumLine } from './price-museum-line.ts';
import { pricePackageLine } from './price-package-line.ts';
import { priceSimpleLine } from './price-simple-line.ts';
import { priceZoneLine } from './price-zone-line.ts';
import type { LineInput, PricingContext } from './types.ts';

/**
 * Validates one line, then prices it: every factor listed, rounded once, with the
 * snapshot a sale freezes. An invalid line throws and is never priced.
 */
export function priceLine(line: LineInput, context: PricingContext, lineIndex = 0): PricedLine {
  switch (line.kind) {
    case 'cinema':
      return priceCinemaLine(line, context, lineIndex);
    case 'zone_price':
      return priceZoneLine(line, context, lineIndex);
    case 'package':
      return pricePackageLine(line, context, lineIndex);
    case 'simple':
      return priceSimpleLine(line, context, lineIndex);
    case 'museum':
      return priceMuseumLine(line, context, lineIndex);
    default:
      return unknownKind(line);
  }
}

function unknownKind(line: never): never {
  throw new Error(`unknown line kind ${(line as { kind: string }).kind}`);
}
