import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '../../../server/db/types.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { createServiceBody } from '../contracts/services.ts';
import { cancelEvent } from '../events/cancel-event.ts';
import { createEvent } from '../events/create-event.ts';
import { importVenue } from '../import/import-venue.ts';
import { venueFile } from '../import/venue-file.ts';
import { createService } from '../services/create-service.ts';
import { createVisitObject } from '../services/create-visit-object.ts';
import { createVisitorCategory } from '../services/create-visitor-category.ts';
import { filmSession, managerChange, NOW, seedCatalog, type TestCatalog } from './catalog-fixtures.ts';

// The public catalog, read by anyone without logging in.

describe('the public catalog', () => {
  let t: TestApp;
  let db: Db;
  let c: TestCatalog;
  const ids: Record<string, string> = {};
  const get = async (url: string) => t.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    db = t.deps.database.db;
    c = await seedCatalog(db);
    const change = managerChange();
    ids.past = (await filmSession(db, c.cinema.hall1, c.films.cartoon, '2025-06-30T10:00:00Z', [c.cinema.standard])).id;
    ids.dune = (await filmSession(db, c.cinema.hall1, c.films.dune, '2025-07-01T16:00:00Z', [c.cinema.extended])).id; // 19:00 in Moscow
    ids.horror = (await filmSession(db, c.cinema.hall2, c.films.horror, '2025-07-01T20:00:00Z', [c.cinema.standard])).id; // 23:00 on the 1st in Moscow
    ids.cartoon = (await filmSession(db, c.cinema.hall1, c.films.cartoon, '2025-07-02T07:00:00Z', [c.cinema.morning])).id; // 10:00 on the 2nd
    const zones = await queryRows<{ id: string; code: string }>(db, sql`select id, code from zones where hall_id = ${c.stadium.arena}`);
    ids.sectorA = zones.find((z) => z.code === 'a')?.id ?? '';
    const match = { hallId: c.stadium.arena, kind: 'match' as const, endsAt: '2025-07-05T18:00:00Z', sessionTypeIds: [], description: '' };
    ids.match = (await createEvent(db, change, { ...match, title: 'Финал', startsAt: '2025-07-05T16:00:00Z', zonePrices: [{ zoneId: ids.sectorA, priceMinor: 250_000 }] })).id;
    const concert = await createEvent(db, change, { ...match, kind: 'concert', title: 'Концерт', startsAt: '2025-07-06T16:00:00Z', endsAt: '2025-07-06T19:00:00Z', zonePrices: [{ zoneId: ids.sectorA, priceMinor: 1 }] });
    await cancelEvent(db, change, concert.id, 'Артист заболел');
    ids.concert = concert.id;

    const museum = await importVenue(db, change, venueFile.parse({ venue: { kind: 'museum', name: 'Тестовый музей' } }));
    ids.museum = museum.venueId;
    const hall = await createVisitObject(db, change, { venueId: museum.venueId, name: 'Главный зал', description: '' });
    const annex = await createVisitObject(db, change, { venueId: museum.venueId, name: 'Флигель', description: '' });
    const adult = await createVisitorCategory(db, change, { code: 'adult-t', name: 'Взрослый' });
    const tour = await createService(db, change, createServiceBody.parse({
      venueId: museum.venueId,
      kind: 'excursion',
      name: 'Экскурсия по основной экспозиции',
      isEditable: true,
      baseCostMinor: 50_000,
      flags: { isDisableEditVisitObject: true, isVisitObjectUseForCost: true, isCategoryVisitorUseForCost: true, isVisitorCountUseForCost: true, isDisableEditVisitor: true },
      dateRules: { activeKindId: 3, dtBegin: '2025-06-01T00:00:00+03:00', dtEnd: '2025-08-31T23:59:59+03:00' },
      visitObjects: [{ visitObjectId: hall.id, isRequire: true }, { visitObjectId: annex.id, isRequire: true }],
      visitorCategories: [{ visitorCategoryId: adult.id, requireVisitorCount: 10 }],
      prices: [{ visitObjectId: hall.id, visitorCategoryId: adult.id, priceMinor: 40_000 }, { visitObjectId: null, visitorCategoryId: null, priceMinor: 45_000 }],
    }));
    ids.tour = tour.id;
    const scarf = await createService(db, change, createServiceBody.parse({ venueId: c.stadium.venueId, kind: 'addon_good', name: 'Шарф', baseCostMinor: 150_000, stock: 5 }));
    ids.scarf = scarf.id;
    const season = await createService(db, change, createServiceBody.parse({ venueId: c.stadium.venueId, kind: 'season_ticket', name: 'Абонемент', baseCostMinor: 2_500_000, eventIds: [ids.match] }));
    ids.season = season.id;
  });
  afterAll(async () => t.close());

  it('lists venues, by kind too, and shows one with its halls, hall types, zones and session types', async () => {
    expect((await get('/api/venues')).json().items.map((v: { name: string }) => v.name)).toEqual(['Тестовый кинотеатр', 'Тестовый музей', 'Тестовый стадион']);
    expect((await get('/api/venues?kind=cinema')).json().items).toHaveLength(1);
    const cinema = (await get(`/api/venues/${c.cinema.venueId}`)).json();
    expect(cinema).toMatchObject({ kind: 'cinema', timeZone: 'Europe/Moscow', currency: 'RUB' });
    const hall1 = cinema.halls.find((h: { name: string }) => h.name === 'Зал 1');
    expect(hall1.hallTypes).toEqual([expect.objectContaining({ code: 'imax-t', coefficient: '1.3000' })]);
    expect(hall1.zones.map((z: { code: string; seatCount: number; coefficient: string }) => [z.code, z.seatCount, z.coefficient])).toEqual([
      ['std', 20, '1.0000'],
      ['vip', 4, '1.4000'],
    ]);
    expect(cinema.sessionTypes.map((s: { code: string }) => s.code).sort()).toEqual(['extended', 'morning', 'standard']);
  });

  it('shows the schedule from now on, by start, without cancelled events, with the total', async () => {
    const page = (await get('/api/events')).json();
    expect(page.items.map((e: { id: string }) => e.id)).toEqual([ids.dune, ids.horror, ids.cartoon, ids.match]);
    expect(page).toMatchObject({ total: 4, limit: 20, offset: 0 });
    expect(page.items[0]).toMatchObject({ venue: { name: 'Тестовый кинотеатр' }, hall: { name: 'Зал 1' }, film: { title: 'Дюна: часть вторая', ageRating: 12 }, sessionTypes: [{ code: 'extended' }] });
    expect((await get('/api/events?status=cancelled')).json().items.map((e: { id: string }) => e.id)).toEqual([ids.concert]);
  });

  it('filters the schedule by venue, hall, film and kind', async () => {
    const idsOf = async (query: string) => (await get(`/api/events?${query}`)).json().items.map((e: { id: string }) => e.id);
    expect(await idsOf(`venueId=${c.stadium.venueId}`)).toEqual([ids.match]);
    expect(await idsOf(`hallId=${c.cinema.hall2}`)).toEqual([ids.horror]);
    expect(await idsOf(`filmId=${c.films.cartoon}`)).toEqual([ids.cartoon]);
    expect(await idsOf('kind=match')).toEqual([ids.match]);
    expect(await idsOf(`kind=film_session&venueId=${c.cinema.venueId}&from=2025-06-01`)).toEqual([ids.past, ids.dune, ids.horror, ids.cartoon]);
  });

  it('reads a date as a whole day in the venue\'s time zone, and a date-time with its offset', async () => {
    const idsOf = async (query: string) => (await get(`/api/events?venueId=${c.cinema.venueId}&${query}`)).json().items.map((e: { id: string }) => e.id);
    // 23:00 on 1 July in Moscow is still the 1st, though it is 20:00 UTC.
    expect(await idsOf('from=2025-07-01&to=2025-07-01')).toEqual([ids.dune, ids.horror]);
    expect(await idsOf('from=2025-07-02&to=2025-07-02')).toEqual([ids.cartoon]);
    expect(await idsOf('from=2025-07-01T20:00:00Z')).toEqual([ids.horror, ids.cartoon]);
    expect(await idsOf('from=2025-07-01T22:00:00&to=2025-07-02T10:00:00')).toEqual([ids.horror, ids.cartoon]);
  });

  it('pages the schedule with limit and offset', async () => {
    const page = (await get('/api/events?limit=2&offset=1')).json();
    expect(page.items.map((e: { id: string }) => e.id)).toEqual([ids.horror, ids.cartoon]);
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
  });

  it('refuses a malformed filter with 400 naming it', async () => {
    for (const [query, field] of [
      ['from=yesterday', 'query.from'],
      ['to=2025-13-01', 'query.to'],
      ['venueId=not-a-uuid', 'query.venueId'],
      ['kind=opera', 'query.kind'],
      ['limit=0', 'query.limit'],
      ['limit=101', 'query.limit'],
      ['offset=-1', 'query.offset'],
    ]) {
      const res = await get(`/api/events?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json(), query).toMatchObject({ code: 'validation_failed', field });
    }
  });

  it('shows an event with its venue, hall types, zones with coefficients and prices, session types and film', async () => {
    const dune = (await get(`/api/events/${ids.dune}`)).json();
    expect(dune).toMatchObject({ kind: 'film_session', status: 'scheduled', startsAt: '2025-07-01T16:00:00.000Z', endsAt: '2025-07-01T18:46:00.000Z' });
    expect(dune.hall.hallTypes).toEqual([expect.objectContaining({ code: 'imax-t', coefficient: '1.3000' })]);
    expect(dune.zones.map((z: { code: string; kind: string; coefficient: string; priceMinor: null }) => [z.code, z.kind, z.coefficient, z.priceMinor])).toEqual([
      ['std', 'seated', '1.0000', null],
      ['vip', 'seated', '1.4000', null],
    ]);
    expect(dune.sessionTypes).toEqual([expect.objectContaining({ code: 'extended', coefficient: '1.1000', maxDurationMinutes: 240 })]);
    expect(dune.film).toMatchObject({ title: 'Дюна: часть вторая', basePriceMinor: 40_000, durationMinutes: 166, ageRating: 12 });
    const match = (await get(`/api/events/${ids.match}`)).json();
    expect(match.zonePrices).toEqual([{ zoneId: ids.sectorA, priceMinor: 250_000 }]);
    expect(match.zones.find((z: { code: string }) => z.code === 'dance')).toMatchObject({ kind: 'general_admission', capacity: 100, priceMinor: null });
    expect(match.film).toBeNull();
  });

  it('answers an unknown id with a specific 404 and a malformed one with 400 naming the parameter', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [url, code] of [
      [`/api/events/${unknown}`, 'event_not_found'],
      [`/api/venues/${unknown}`, 'venue_not_found'],
      [`/api/films/${unknown}`, 'film_not_found'],
      [`/api/services/${unknown}`, 'service_not_found'],
    ]) {
      const res = await get(url ?? '');
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code });
    }
    expect((await get('/api/events/42')).json()).toMatchObject({ status: 400, field: 'params.eventId' });
  });

  it('lists films by title, with a search, and shows one', async () => {
    expect((await get('/api/films')).json()).toMatchObject({ total: 3, items: [{ title: 'Дюна: часть вторая' }, { title: 'Мультфильм' }, { title: 'Ужасы' }] });
    expect((await get(`/api/films?q=${encodeURIComponent('мульт')}`)).json().items.map((f: { id: string }) => f.id)).toEqual([c.films.cartoon]);
    expect((await get(`/api/films/${c.films.horror}`)).json()).toMatchObject({ ageRating: 18, durationMinutes: 100 });
  });

  it('shows a museum service with the seed-002 flags, objects, categories, price table and date rules', async () => {
    const list = (await get(`/api/services?venueId=${ids.museum}`)).json();
    expect(list).toMatchObject({ total: 1, items: [{ id: ids.tour, kind: 'excursion', currency: 'RUB' }] });
    const tour = (await get(`/api/services/${ids.tour}`)).json();
    expect(tour.flags).toEqual({
      isDisableEditVisitObject: true, isVisitObjectUseForCost: true, isDisableEditVisitor: true, isCategoryVisitorUseForCost: true,
      isVisitorCountUseForCost: true, isUseOneCategory: false, isNeedVisitDate: false, isNeedVisitTime: false,
    });
    expect(tour.visitObjects.map((o: { name: string; isRequire: boolean }) => [o.name, o.isRequire])).toEqual([['Главный зал', true], ['Флигель', true]]);
    expect(tour.visitorCategories).toEqual([expect.objectContaining({ code: 'adult-t', requireVisitorCount: 10 })]);
    expect(tour.prices).toHaveLength(2);
    expect(tour.dateRules).toEqual({ activeKindId: 3, activeDays: null, dtBegin: '2025-05-31T21:00:00.000Z', dtEnd: '2025-08-31T20:59:59.000Z' });
    expect(tour.stockLeft).toBeNull();
  });

  it('shows the stock left of an add-on good, counting lapsed holds as free, and a season ticket\'s events', async () => {
    expect((await get(`/api/services?venueId=${c.stadium.venueId}&kind=addon_good`)).json().items.map((s: { id: string }) => s.id)).toEqual([ids.scarf]);
    expect((await get(`/api/services/${ids.scarf}`)).json()).toMatchObject({ stock: 5, stockLeft: 5 });
    const holdId = '11111111-1111-4111-8111-111111111111';
    await db.execute(sql`update service_units set status = 'sold' where service_id = ${ids.scarf} and unit_no = 1`);
    await db.execute(sql`update service_units set status = 'held', hold_id = ${holdId}, held_until = '2025-07-01T09:30:00Z' where service_id = ${ids.scarf} and unit_no = 2`);
    await db.execute(sql`update service_units set status = 'held', hold_id = ${holdId}, held_until = '2025-07-01T08:30:00Z' where service_id = ${ids.scarf} and unit_no = 3`);
    expect((await get(`/api/services/${ids.scarf}`)).json()).toMatchObject({ stockLeft: 3 });
    const season = (await get(`/api/services/${ids.season}`)).json();
    expect(season.events).toEqual([expect.objectContaining({ id: ids.match, title: 'Финал', startsAt: '2025-07-05T16:00:00.000Z' })]);
  });
});
