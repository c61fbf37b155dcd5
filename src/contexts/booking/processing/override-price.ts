import { multiplyMinor } from '../../../shared/money.ts';
import type { StoredPricedLine } from '../requests/stored-line.ts';

/**
 * An operator's unit price (a contract price agreed by hand, a goodwill price): it
 * replaces the unit price in the line and in its snapshot, so the tickets freeze it,
 * and keeps the list price and the reason beside it.
 */
export function overridePrice(priced: StoredPricedLine, unitPriceMinor: number, reason: string): StoredPricedLine {
  const amountMinor = multiplyMinor(unitPriceMinor, priced.quantity);
  const priceOverride = { unitPriceMinor, listUnitPriceMinor: priced.priceOverride?.listUnitPriceMinor ?? priced.unitPriceMinor, reason };
  return {
    ...priced,
    unitPriceMinor,
    amountMinor,
    priceOverride,
    snapshot: { ...priced.snapshot, unitPriceMinor, amountMinor, priceOverride },
  };
}
