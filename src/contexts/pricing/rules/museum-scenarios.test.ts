import { describe, expect, it } from 'vitest';
import type { Factor } from './priced-line.ts';
import { priceLine } from './price-line.ts';
import { NOW } from './testing/catalog-fixtures.ts';
import { museumLine, museumService } from './testing/museum-fixtures.ts';

const context = { now: NOW };
const cells = (factors: readonly Factor[]) =>
  factors.flatMap((factor) =>
    factor.kind === 'museum_cell'
      ? [[factor.visitObjectId, factor.visitorCategoryId, factor.priceMinor, factor.priceSource, factor.count, factor.subtotalMinor]]
      : [],
  );

describe('seed 002 scenarios, priced by the DOMAIN.md formula', () => {
  it('1. fixed objects: exactly the IsRequire objects, cost by object', () => {
    const service = museumService({
      name: 'Экскурсия по основной экспозиции',
      flags: { isDisableEditVisitObject: true, isVisitObjectUseForCost: true },
      visitObjects: [
        { id: 'o1', name: 'Основная экспозиция', isRequire: true },
        { id: 'o2', name: 'Сокровищница', isRequire: true },
      ],
    });
    const priced = priceLine(museumLine(service, { visitObjectIds: ['o2', 'o1'] }), context);
    expect(priced).toMatchObject({ unitPriceMinor: 95_000, quantity: 1, amountMinor: 95_000 });
    expect(cells(priced.factors)).toEqual([
      ['o1', null, 50_000, 'object', 1, 50_000],
      ['o2', null, 45_000, 'service_row', 1, 45_000],
    ]);
  });

  it('2. free choice of objects: the chosen ones are priced', () => {
    const service = museumService({ name: 'Свободное посещение музея', flags: { isVisitObjectUseForCost: true } });
    const one = priceLine(museumLine(service, { visitObjectIds: ['o3'] }), context);
    const two = priceLine(museumLine(service, { visitObjectIds: ['o3', 'o1'] }), context);
    expect(one.amountMinor).toBe(30_000);
    expect(two.amountMinor).toBe(80_000);
    expect(cells(two.factors)).toEqual([
      ['o1', null, 50_000, 'object', 1, 50_000],
      ['o3', null, 30_000, 'object', 1, 30_000],
    ]);
  });

  it('3. group excursion: the fixed category with RequireVisitorCount 10, cost x count', () => {
    const service = museumService({
      name: 'Групповая экскурсия',
      flags: { isDisableEditVisitor: true, isCategoryVisitorUseForCost: true, isVisitorCountUseForCost: true },
      visitorCategories: [
        { id: 'group', name: 'Группа', requireVisitorCount: 10 },
        { id: 'adult', name: 'Взрослый', requireVisitorCount: null },
      ],
      priceRows: [{ id: 'r-group', visitObjectId: null, visitorCategoryId: 'group', priceMinor: 35_000 }],
    });
    const priced = priceLine(museumLine(service, { visitors: [{ categoryId: 'group', count: 10 }] }), context);
    expect(priced).toMatchObject({ unitPriceMinor: 35_000, quantity: 10, amountMinor: 350_000 });
    expect(cells(priced.factors)).toEqual([[null, 'group', 35_000, 'category', 10, 350_000]]);
  });

  it('4. one category, individual visit: the price depends on the category, not the head count', () => {
    const service = museumService({
      name: 'Индивидуальное посещение',
      flags: { isCategoryVisitorUseForCost: true, isUseOneCategory: true },
    });
    const child = priceLine(museumLine(service, { visitors: [{ categoryId: 'child', count: 3 }] }), context);
    const adult = priceLine(museumLine(service, { visitors: [{ categoryId: 'adult', count: 1 }] }), context);
    expect(child).toMatchObject({ unitPriceMinor: 20_000, quantity: 1, amountMinor: 20_000 });
    expect(cells(child.factors)).toEqual([[null, 'child', 20_000, 'category', 1, 20_000]]);
    expect(adult.amountMinor).toBe(45_000); // no adult row: the service row
  });

  it('5. date and time within DtBegin-DtEnd (ActiveKindId 3)', () => {
    const service = museumService({
      name: 'Тематическая экскурсия',
      visitRules: { activeKindId: 3, isNeedVisitDate: true, isNeedVisitTime: true, dtBegin: '2025-06-01T00:00:00', dtEnd: '2025-08-31T23:59:59' },
    });
    const priced = priceLine(museumLine(service, { visitDate: '2025-07-15', visitTime: '11:00' }), context);
    expect(priced.amountMinor).toBe(45_000);
    expect(priced.validity).toEqual({ kind: 'within_window', from: '2025-06-01T00:00:00', to: '2025-08-31T23:59:59', timeZone: 'Europe/Moscow' });
    expect(priced.snapshot.visit).toEqual({ date: '2025-07-15', time: '11:00:00' });
  });
});

describe('price(object, category): the most specific row, then the base cost', () => {
  const service = museumService({
    flags: { isVisitObjectUseForCost: true, isCategoryVisitorUseForCost: true, isVisitorCountUseForCost: true },
  });

  it('prices 3 objects x 3 categories cell by cell and sums the subtotals', () => {
    const priced = priceLine(
      museumLine(service, {
        visitObjectIds: ['o1', 'o2', 'o3'],
        visitors: [
          { categoryId: 'adult', count: 2 },
          { categoryId: 'child', count: 1 },
          { categoryId: 'student', count: 3 },
        ],
      }),
      context,
    );
    expect(cells(priced.factors)).toEqual([
      ['o1', 'adult', 60_000, 'object_and_category', 2, 120_000],
      ['o1', 'child', 50_000, 'object', 1, 50_000],
      ['o1', 'student', 50_000, 'object', 3, 150_000],
      ['o2', 'adult', 70_000, 'object_and_category', 2, 140_000],
      ['o2', 'child', 25_000, 'object_and_category', 1, 25_000],
      ['o2', 'student', 45_000, 'service_row', 3, 135_000],
      ['o3', 'adult', 30_000, 'object', 2, 60_000],
      ['o3', 'child', 30_000, 'object', 1, 30_000],
      ['o3', 'student', 30_000, 'object', 3, 90_000],
    ]);
    expect(priced).toMatchObject({ amountMinor: 800_000, quantity: 6, unitPriceMinor: null });
  });

  it('gives a unit price per visitor only when it divides exactly', () => {
    const priced = priceLine(museumLine(service, { visitObjectIds: ['o2'], visitors: [{ categoryId: 'adult', count: 4 }] }), context);
    expect(priced).toMatchObject({ amountMinor: 280_000, quantity: 4, unitPriceMinor: 70_000 });
  });

  it('falls back to the base cost when no row matches', () => {
    const bare = { ...service, priceRows: service.priceRows.filter((row) => row.id !== 'r-service') };
    const priced = priceLine(museumLine(bare, { visitObjectIds: ['o2'], visitors: [{ categoryId: 'student', count: 2 }] }), context);
    expect(cells(priced.factors)).toEqual([['o2', 'student', 100_000, 'base_cost', 2, 200_000]]);
  });

  it('counts every visitor in the "none" category when categories are not priced', () => {
    const byHead = museumService({ flags: { isVisitorCountUseForCost: true }, visitorCategories: [] });
    const priced = priceLine(museumLine(byHead, { visitorCount: 5 }), context);
    expect(cells(priced.factors)).toEqual([[null, null, 45_000, 'service_row', 5, 225_000]]);
    expect(priced).toMatchObject({ quantity: 5, unitPriceMinor: 45_000 });
  });

  it('freezes the price rows it used in the snapshot', () => {
    const priced = priceLine(museumLine(service, { visitObjectIds: ['o1'], visitors: [{ categoryId: 'adult', count: 1 }] }), context);
    expect(priced.snapshot.inputs).toEqual(
      expect.arrayContaining([
        { entity: 'museum_service', id: 'svc-museum', version: 12 },
        { entity: 'price_row', id: 'r-o1-adult', version: null },
      ]),
    );
    expect(JSON.parse(JSON.stringify(priced.snapshot))).toEqual(priced.snapshot);
  });
});
