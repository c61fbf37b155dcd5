import { assertMinorUnits } from '../../../shared/money.ts';
import type { CellPriceSource } from './priced-line.ts';
import type { Id, MuseumServiceFacts, PriceRow } from './types.ts';

export type CellPrice = { readonly priceMinor: number; readonly source: CellPriceSource; readonly row: PriceRow | null };

/**
 * price(object, category) of seed 002: the most specific price table row wins
 * (object + category, object only, category only, the service's own row), then
 * the service's base cost. A null id means "none" and skips the rows that need it.
 * Should the table hold two rows for one key, the first one listed is used.
 */
export function findCellPrice(service: MuseumServiceFacts, objectId: Id | null, categoryId: Id | null): CellPrice {
  const keys: [Id | null, Id | null, CellPriceSource][] = [];
  if (objectId !== null && categoryId !== null) keys.push([objectId, categoryId, 'object_and_category']);
  if (objectId !== null) keys.push([objectId, null, 'object']);
  if (categoryId !== null) keys.push([null, categoryId, 'category']);
  keys.push([null, null, 'service_row']);
  for (const [object, category, source] of keys) {
    const row = service.priceRows.find((candidate) => candidate.visitObjectId === object && candidate.visitorCategoryId === category);
    if (row) return { priceMinor: assertMinorUnits(row.priceMinor, `price row ${row.id}`), source, row };
  }
  return { priceMinor: assertMinorUnits(service.baseCostMinor, `cost of ${service.name}`), source: 'base_cost', row: null };
}
