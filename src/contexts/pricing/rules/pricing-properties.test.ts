import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceLine } from './price-line.ts';
import { priceQuote } from './price-quote.ts';
import type { Coefficient, LineInput, MuseumServiceFacts } from './types.ts';
import { cinemaLine, NOW, simpleLine } from './testing/catalog-fixtures.ts';
import { museumLine, museumService } from './testing/museum-fixtures.ts';

const context = { now: NOW };

/** A coefficient as the DB prints it: 0 to 3 with up to 4 decimals ("1.2", "0.8000", "2"). */
const coefficientText = fc
  .integer({ min: 0, max: 4 })
  .chain((scale) => fc.record({ units: fc.integer({ min: 0, max: 3 * 10 ** scale }), scale: fc.constant(scale) }))
  .map(({ units, scale }) => {
    const digits = String(units).padStart(scale + 1, '0');
    return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  });
const coefficients = fc.array(coefficientText, { maxLength: 5 }).map((values) =>
  values.map((value, index): Coefficient => ({ id: `c-${index}`, name: `k${index}`, value })),
);
const basePrice = fc.integer({ min: 0, max: 10_000_000 });

/** Independent reference: the exact rational base x Π coefficients, rounded once, half away from zero. */
function roundedOnce(base: number, values: readonly string[]): bigint {
  let numerator = BigInt(base);
  let denominator = 1n;
  for (const value of values) {
    const [whole = '0', fraction = ''] = value.split('.');
    numerator *= BigInt(whole + fraction);
    denominator *= 10n ** BigInt(fraction.length);
  }
  return (2n * numerator + denominator) / (2n * denominator);
}

describe('pricing properties', () => {
  it('a cinema seat is the exact product of base and coefficients, rounded once', () => {
    fc.assert(
      fc.property(basePrice, coefficients, coefficients, (base, hallTypes, sessionTypes) => {
        const priced = priceLine(cinemaLine({ basePriceMinor: base, hallTypes, sessionTypes }), context);
        const values = [...hallTypes, { value: '1.0000' }, ...sessionTypes].map((row) => row.value);
        expect(BigInt(priced.unitPriceMinor ?? -1)).toBe(roundedOnce(base, values));
      }),
    );
  });

  it('the quote total is the sum of the line amounts', () => {
    const cinema = fc.record({ base: basePrice, hallTypes: coefficients, seats: fc.integer({ min: 1, max: 10 }) });
    const simple = fc.record({ cost: basePrice, quantity: fc.integer({ min: 1, max: 1000 }) });
    const lines = fc.array(fc.oneof(cinema, simple), { minLength: 1, maxLength: 8 }).map((specs) =>
      specs.map((spec, index): LineInput =>
        'base' in spec
          ? cinemaLine({
              basePriceMinor: spec.base,
              hallTypes: spec.hallTypes,
              seatIds: Array.from({ length: spec.seats }, (_, seat) => `s-${seat + 1}`),
              event: { id: `ev-${index}` }, // another session each, so seats never clash
            })
          : simpleLine(spec.quantity, { baseCostMinor: spec.cost }),
      ),
    );
    fc.assert(
      fc.property(lines, (input) => {
        const quote = priceQuote(input, context);
        const sum = quote.lines.reduce((total, line) => total + BigInt(line.amountMinor), 0n);
        expect(BigInt(quote.totalMinor)).toBe(sum);
        for (const line of quote.lines) expect(line.amountMinor).toBe((line.unitPriceMinor ?? 0) * line.quantity);
      }),
    );
  });

  const priceTable = (priceMin: number) =>
    fc.array(fc.integer({ min: priceMin, max: 500_000 }), { minLength: 16, maxLength: 16 }).map((prices) => {
      const keys = [null, 'o1', 'o2', 'o3'].flatMap((object) => [null, 'adult', 'child', 'student'].map((category) => [object, category] as const));
      return museumService({
        flags: { isVisitObjectUseForCost: true, isCategoryVisitorUseForCost: true, isVisitorCountUseForCost: true },
        priceRows: keys.map(([visitObjectId, visitorCategoryId], index) => ({
          id: `r-${index}`,
          visitObjectId,
          visitorCategoryId,
          priceMinor: prices[index] ?? 0,
        })),
      });
    });
  const objectIds = fc.subarray(['o1', 'o2', 'o3'], { minLength: 1 });
  const visitors = fc
    .subarray(['adult', 'child', 'student'], { minLength: 1 })
    .chain((ids) => fc.tuple(...ids.map((categoryId) => fc.integer({ min: 1, max: 50 }).map((count) => ({ categoryId, count })))));

  const grow = (service: MuseumServiceFacts, objects: string[], chosen: { categoryId: string; count: number }[], which: number, by: number) => {
    const before = priceLine(museumLine(service, { visitObjectIds: objects, visitors: chosen }), context).amountMinor;
    const bigger = chosen.map((entry, index) => (index === which % chosen.length ? { ...entry, count: entry.count + by } : entry));
    const after = priceLine(museumLine(service, { visitObjectIds: objects, visitors: bigger }), context).amountMinor;
    return { before, after };
  };

  it('with count-based cost, the amount never decreases as a count grows', () => {
    fc.assert(
      fc.property(priceTable(0), objectIds, visitors, fc.nat(), fc.integer({ min: 1, max: 20 }), (service, objects, chosen, which, by) => {
        const { before, after } = grow(service, objects, chosen, which, by);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('with positive prices, the amount strictly grows with a count', () => {
    fc.assert(
      fc.property(priceTable(1), objectIds, visitors, fc.nat(), fc.integer({ min: 1, max: 20 }), (service, objects, chosen, which, by) => {
        const { before, after } = grow(service, objects, chosen, which, by);
        expect(after).toBeGreaterThan(before);
      }),
    );
  });

  it('the result does not depend on the order of objects or categories', () => {
    fc.assert(
      fc.property(
        priceTable(0),
        objectIds.chain((ids) => fc.tuple(fc.constant(ids), fc.shuffledSubarray(ids, { minLength: ids.length }))),
        visitors.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        (service, [objects, shuffledObjects], [chosen, shuffledVisitors]) => {
          const first = priceLine(museumLine(service, { visitObjectIds: objects, visitors: chosen }), context);
          const second = priceLine(museumLine(service, { visitObjectIds: shuffledObjects, visitors: shuffledVisitors }), context);
          expect(second).toEqual(first);
        },
      ),
    );
  });
});
