import { multiplyMinor, sumMinor } from '../../../shared/money.ts';
import { contractFactor } from './apply-contract-price.ts';
import { buildPricedLine, inputRef } from './build-priced-line.ts';
import { findCellPrice } from './find-cell-price.ts';
import { findContractPrice } from './find-contract-price.ts';
import type { Factor, PricedLine } from './priced-line.ts';
import { lineField } from './refuse.ts';
import type { MuseumLineInput, PriceRow, PricingContext, VisitObjectFacts, VisitorCategoryFacts } from './types.ts';
import { validateMuseumLine } from './validate-museum-line.ts';

type Cell = { readonly object: VisitObjectFacts | null; readonly category: VisitorCategoryFacts | null; readonly count: number };

/**
 * DOMAIN.md's museum formula: Σ objects Σ categories price(object, category) x
 * (count if IsVisitorCountUseForCost else 1), over the chosen objects (or one
 * "none") and the chosen categories (or one "none" holding every visitor). Each
 * cell is whole kopecks x a whole count, so nothing is rounded at all. A contract
 * price replaces price() in every cell. Cells follow catalog order, not the order
 * the client typed, so the same choice always yields the same receipt.
 * quantity = visitors when the count is priced, else 1; the unit price is
 * amount / quantity only when that divides exactly, otherwise null.
 */
export function priceMuseumLine(line: MuseumLineInput, context: PricingContext, lineIndex: number): PricedLine {
  const { service } = line;
  const { flags } = service;
  const valid = validateMuseumLine(line, context.now, lineIndex);
  const objects = flags.isVisitObjectUseForCost ? inCatalogOrder(valid.visitObjects, service.visitObjects) : [null];
  const chosenCategories = inCatalogOrder(
    valid.visitors.categories.map((entry) => entry.category),
    service.visitorCategories,
  );
  const categories = flags.isCategoryVisitorUseForCost
    ? chosenCategories.map((category) => ({ category, count: countOf(valid.visitors.categories, category) }))
    : [{ category: null, count: valid.visitors.totalVisitors ?? 1 }];
  const cells: Cell[] = objects.flatMap((object) => categories.map(({ category, count }) => ({ object, category, count })));

  const contract = findContractPrice(context.contract, { serviceId: service.id }, service.currency, lineField(lineIndex, 'serviceId'));
  const rowsUsed = new Map<string, PriceRow>();
  const cellFactors = cells.map((cell): Factor & { kind: 'museum_cell' } => {
    const price = contract
      ? { priceMinor: contract.priceMinor, source: 'contract' as const, row: null }
      : findCellPrice(service, cell.object?.id ?? null, cell.category?.id ?? null);
    if (price.row) rowsUsed.set(price.row.id, price.row);
    const count = flags.isVisitorCountUseForCost ? cell.count : 1;
    return {
      kind: 'museum_cell',
      visitObjectId: cell.object?.id ?? null,
      visitObjectName: cell.object?.name ?? null,
      visitorCategoryId: cell.category?.id ?? null,
      visitorCategoryName: cell.category?.name ?? null,
      priceMinor: price.priceMinor,
      priceSource: price.source,
      priceRowId: price.row?.id ?? null,
      count,
      subtotalMinor: multiplyMinor(price.priceMinor, count),
    };
  });
  const amountMinor = sumMinor(cellFactors.map((factor) => factor.subtotalMinor));
  const quantity = flags.isVisitorCountUseForCost ? (valid.visitors.totalVisitors ?? 1) : 1;
  const choiceObjects = inCatalogOrder(valid.visitObjects, service.visitObjects);
  return buildPricedLine({
    kind: 'museum',
    currency: service.currency,
    unitPriceMinor: amountMinor % quantity === 0 ? amountMinor / quantity : null,
    quantity,
    amountMinor,
    factors: [...(contract ? [contractFactor(contract, null)] : []), ...cellFactors],
    inputs: [
      inputRef('museum_service', service),
      ...choiceObjects.map((object) => inputRef('visit_object', object)),
      ...chosenCategories.map((category) => inputRef('visitor_category', category)),
      ...[...rowsUsed.values()].map((row) => inputRef('price_row', row)),
      ...(contract ? [inputRef('contract', contract.contract)] : []),
    ],
    choice: {
      serviceId: service.id,
      visitObjectIds: choiceObjects.map((object) => object.id),
      visitors: chosenCategories.map((category) => ({ categoryId: category.id, count: countOf(valid.visitors.categories, category) })),
      visitorCount: valid.visitors.totalVisitors,
      visitDate: valid.visit.date,
      visitTime: valid.visit.time,
    },
    validity: valid.validity,
    visit: valid.visit,
    now: context.now,
  });
}

/** The chosen rows, ordered as the catalog lists them. */
function inCatalogOrder<Row extends { readonly id: string }>(chosen: readonly Row[], catalog: readonly Row[]): Row[] {
  return catalog.filter((row) => chosen.some((pick) => pick.id === row.id));
}

function countOf(entries: readonly { readonly category: VisitorCategoryFacts; readonly count: number }[], category: VisitorCategoryFacts): number {
  return entries.find((entry) => entry.category.id === category.id)?.count ?? 0;
}
