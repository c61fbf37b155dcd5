import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '../../../server/db/types.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { createServiceBody } from '../contracts/services.ts';
import { createEvent } from '../events/create-event.ts';
import { importVenue } from '../import/import-venue.ts';
import { venueFile } from '../import/venue-file.ts';
import { createService } from '../services/create-service.ts';
import { createVisitObject } from '../services/create-visit-object.ts';
import { createVisitorCategory } from '../services/create-visitor-category.ts';
import { getServiceForSale } from '../services/get-service-for-sale.ts';
import { setServiceOptions } from '../services/set-service-options.ts';
import { updateService } from '../services/update-service.ts';
import { updateVisitorCategory } from '../services/update-visitor-category.ts';
import { managerChange, NOW, stadiumFile } from './catalog-fixtures.ts';

// A manager sets up services with the flags of seed 002; a combination that could never be ordered is refused.

describe('a manager setting up services', () => {
  let t: TestApp;
  let db: Db;
  const ids = {} as Record<'museum' | 'other' | 'main' | 'annex' | 'foreign' | 'adult' | 'child', string>;
  const service = (body: Record<string, unknown>) => createService(db, managerChange(), createServiceBody.parse({ venueId: ids.museum, name: 'Услуга', ...body }));

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    db = t.deps.database.db;
    ids.museum = (await importVenue(db, managerChange(), venueFile.parse({ venue: { kind: 'museum', name: 'Музей' } }))).venueId;
    ids.other = (await importVenue(db, managerChange(), venueFile.parse({ venue: { kind: 'museum', name: 'Другой музей' } }))).venueId;
    ids.main = (await createVisitObject(db, managerChange(), { venueId: ids.museum, name: 'Основная экспозиция', description: '' })).id;
    ids.annex = (await createVisitObject(db, managerChange(), { venueId: ids.museum, name: 'Флигель', description: '' })).id;
    ids.foreign = (await createVisitObject(db, managerChange(), { venueId: ids.other, name: 'Чужой зал', description: '' })).id;
    ids.adult = (await createVisitorCategory(db, managerChange(), { code: 'adult', name: 'Взрослый' })).id;
    ids.child = (await createVisitorCategory(db, managerChange(), { code: 'child', name: 'Детский' })).id;
  });
  afterAll(async () => t.close());

  it('creates a fixed excursion (scenario 1) with its objects, categories and price table, and gives pricing all of it', async () => {
    const tour = await service({
      kind: 'excursion', isEditable: true, baseCostMinor: 50_000,
      flags: { isDisableEditVisitObject: true, isVisitObjectUseForCost: true, isCategoryVisitorUseForCost: true },
      dateRules: { activeKindId: 1, activeDays: 30 },
      visitObjects: [{ visitObjectId: ids.main, isRequire: true }, { visitObjectId: ids.annex, isRequire: true }],
      visitorCategories: [{ visitorCategoryId: ids.adult }, { visitorCategoryId: ids.child }],
      prices: [{ visitObjectId: ids.main, visitorCategoryId: ids.child, priceMinor: 20_000 }, { visitObjectId: ids.main, priceMinor: 40_000 }],
    });
    const forSale = await getServiceForSale(db, tour.id);
    expect(forSale).toMatchObject({
      kind: 'excursion', currency: 'RUB', venueTimeZone: 'Europe/Moscow', baseCostMinor: 50_000, activeKindId: 1, activeDays: 30,
      flags: { isDisableEditVisitObject: true, isVisitObjectUseForCost: true, isCategoryVisitorUseForCost: true, isVisitorCountUseForCost: false },
    });
    expect(forSale?.visitObjects.map((o) => [o.name, o.isRequire])).toEqual([['Основная экспозиция', true], ['Флигель', true]]);
    expect(forSale?.prices).toHaveLength(2);
    expect(await getServiceForSale(db, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('refuses flag combinations that could never be ordered, naming the member at fault', async () => {
    await expect(service({ kind: 'excursion', flags: { isDisableEditVisitObject: true }, visitObjects: [{ visitObjectId: ids.main }] })).rejects.toMatchObject({
      code: 'required_visit_object_missing', status: 422, field: 'body.visitObjects',
    });
    await expect(service({ kind: 'excursion', flags: { isDisableEditVisitor: true }, visitorCategories: [{ visitorCategoryId: ids.adult }] })).rejects.toMatchObject({
      code: 'required_visitor_count_missing',
    });
    await expect(service({ kind: 'museum_visit', dateRules: { activeKindId: 3, dtBegin: '2025-06-01T00:00:00+03:00' } })).rejects.toMatchObject({
      code: 'visit_period_required', field: 'body.dateRules.dtEnd',
    });
    await expect(service({ kind: 'museum_visit', isEditable: true, dateRules: { activeKindId: 2 } })).rejects.toMatchObject({ code: 'active_days_required' });
    await expect(service({ kind: 'museum_visit', stock: 3 })).rejects.toMatchObject({ code: 'stock_only_for_addon_goods', field: 'body.stock' });
  });

  it('refuses options of another venue, unknown ones, and prices for what the service does not offer', async () => {
    await expect(service({ kind: 'excursion', visitObjects: [{ visitObjectId: ids.foreign }] })).rejects.toMatchObject({ code: 'visit_object_not_in_venue', field: 'body.visitObjects.0.visitObjectId' });
    await expect(service({ kind: 'excursion', visitorCategories: [{ visitorCategoryId: '00000000-0000-4000-8000-000000000000' }] })).rejects.toMatchObject({
      code: 'visitor_category_not_found', status: 404, field: 'body.visitorCategories.0.visitorCategoryId',
    });
    await expect(service({ kind: 'excursion', prices: [{ visitObjectId: ids.annex, priceMinor: 1 }] })).rejects.toMatchObject({ code: 'price_visit_object_not_offered', field: 'body.prices.0.visitObjectId' });
    await expect(service({ venueId: '00000000-0000-4000-8000-000000000000', kind: 'excursion' })).rejects.toMatchObject({ code: 'venue_not_found', field: 'body.venueId' });
  });

  it('replaces options one part at a time, refusing to leave price rows behind', async () => {
    const visit = await service({ kind: 'museum_visit', flags: { isVisitObjectUseForCost: true }, visitObjects: [{ visitObjectId: ids.main }, { visitObjectId: ids.annex }] });
    const priced = await setServiceOptions(db, managerChange(), visit.id, { prices: [{ visitObjectId: ids.annex, visitorCategoryId: null, priceMinor: 15_000 }] });
    expect(priced.prices).toEqual([expect.objectContaining({ visitObjectId: ids.annex, priceMinor: 15_000 })]);
    await expect(setServiceOptions(db, managerChange(), visit.id, { visitObjects: [{ visitObjectId: ids.main, isRequire: false }] })).rejects.toMatchObject({
      code: 'option_has_prices', field: 'body.visitObjects',
    });
    const both = await setServiceOptions(db, managerChange(), visit.id, { visitObjects: [{ visitObjectId: ids.main, isRequire: true }], prices: [] });
    expect(both.visitObjects.map((o) => o.isRequire)).toEqual([true]);
    await expect(updateService(db, managerChange(), visit.id, { flags: { isDisableEditVisitor: true, isUseOneCategory: true } })).resolves.toMatchObject({
      flags: { isDisableEditVisitor: true, isUseOneCategory: true },
    });
    await expect(setServiceOptions(db, managerChange(), visit.id, {
      visitorCategories: [{ visitorCategoryId: ids.adult, requireVisitorCount: 2 }, { visitorCategoryId: ids.child, requireVisitorCount: 1 }],
    })).rejects.toMatchObject({ code: 'one_category_conflict' });
  });

  it('grows an add-on good\'s stock (the new units go on sale) but never shrinks it', async () => {
    const stadium = await importVenue(db, managerChange(), stadiumFile());
    const scarf = await createService(db, managerChange(), createServiceBody.parse({ venueId: stadium.venueId, kind: 'addon_good', name: 'Шарф', baseCostMinor: 150_000, stock: 3 }));
    const units = async () => (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from service_units where service_id = ${scarf.id}`))[0]?.n;
    expect(await units()).toBe(3);
    await expect(updateService(db, managerChange(), scarf.id, { stock: 5 })).resolves.toMatchObject({ stock: 5, stockLeft: 5 });
    expect(await units()).toBe(5);
    await expect(updateService(db, managerChange(), scarf.id, { stock: 4 })).rejects.toMatchObject({ code: 'stock_cannot_shrink', field: 'body.stock' });
  });

  it('keeps a season ticket\'s events in one hall of its venue', async () => {
    const stadium = await importVenue(db, managerChange(), venueFile.parse({
      venue: { kind: 'stadium', name: 'Два поля' },
      halls: ['Поле 1', 'Поле 2'].map((name) => ({ name, zones: [{ code: 'a', name: 'A', kind: 'general_admission', capacity: 5 }] })),
    }));
    const zoneOf = async (hallId: string) => (await queryRows<{ id: string }>(db, sql`select id from zones where hall_id = ${hallId}`))[0]?.id ?? '';
    const match = async (hallId: string, day: number) => createEvent(db, managerChange(), {
      hallId, kind: 'match', title: `Матч ${day}`, description: '', startsAt: `2025-08-0${day}T16:00:00Z`, endsAt: `2025-08-0${day}T18:00:00Z`,
      sessionTypeIds: [], zonePrices: [{ zoneId: await zoneOf(hallId), priceMinor: 100_000 }],
    });
    const [field1, field2] = stadium.halls.map((h) => h.id);
    const first = await match(field1 ?? '', 1);
    const second = await match(field1 ?? '', 2);
    const elsewhere = await match(field2 ?? '', 3);
    const season = await createService(db, managerChange(), createServiceBody.parse({ venueId: stadium.venueId, kind: 'season_ticket', name: 'Абонемент', baseCostMinor: 1_000_000, eventIds: [first.id, second.id] }));
    expect(season.events.map((e) => e.id)).toEqual([first.id, second.id]);
    await expect(setServiceOptions(db, managerChange(), season.id, { eventIds: [first.id, elsewhere.id] })).rejects.toMatchObject({ code: 'package_events_in_one_hall', field: 'body.eventIds.1' });
    await expect(service({ kind: 'museum_visit', eventIds: [first.id] })).rejects.toMatchObject({ code: 'events_only_for_event_services' });
  });

  it('renames a visitor category and refuses a code that is taken', async () => {
    await expect(updateVisitorCategory(db, managerChange(), ids.child, { name: 'Школьник' })).resolves.toMatchObject({ code: 'child', name: 'Школьник' });
    await expect(createVisitorCategory(db, managerChange(), { code: 'adult', name: 'Ещё взрослый' })).rejects.toMatchObject({ code: 'visitor_category_code_taken', status: 409 });
  });
});
