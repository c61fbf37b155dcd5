import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/clock.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { loginAs } from '../../test/login.ts';
import { quoteLines } from './index.ts';
import { eventsOfKind, expectedPrice, getJson, seatsOfZone, serviceNamed } from './testing/demo-catalog.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('POST /api/quotes on the demo catalog', () => {
  let t: TestApp;
  const clock = fixedClock('2000-01-01T00:00:00Z');
  const quote = async (lines: unknown[], headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/quotes', payload: { lines }, headers });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const priced = async (lines: unknown[], headers?: Record<string, string>) => {
    const { status, body } = await quote(lines, headers);
    expect(status, JSON.stringify(body)).toBe(200);
    return body;
  };
  let match: Json;
  let concert: Json;
  let visitDay: string;

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    // The demo is laid out relative to when it was loaded: sessions start the next day.
    // Stand a few hours before the first session, when everything is on sale.
    const sessions = await eventsOfKind(t.app, 'film_session');
    const first = Math.min(...sessions.map((event) => Date.parse(event.startsAt)));
    clock.set(new Date(first - 6 * 3600_000));
    const [firstMatch] = (await eventsOfKind(t.app, 'match')).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    match = await getJson(t.app, `/api/events/${firstMatch?.id}`);
    const [firstConcert] = await eventsOfKind(t.app, 'concert');
    concert = await getJson(t.app, `/api/events/${firstConcert?.id}`);
    visitDay = new Date(first + 10 * 86_400_000).toISOString().slice(0, 10);
  });
  afterAll(async () => t?.close());

  it('prices a cinema seat in the VIP + IMAX hall: base x both hall types x zone x session type, rounded once', async () => {
    const sessions = await eventsOfKind(t.app, 'film_session');
    const summary = sessions.find((event) => event.hall.name === 'Зал 1 IMAX VIP' && event.sessionTypes.some((type: Json) => type.code === 'evening'));
    const event = await getJson(t.app, `/api/events/${summary?.id}`);
    expect(event.hall.hallTypes).toHaveLength(2);
    const zone = event.zones[0];
    const seatIds = await seatsOfZone(t.deps.database.db, zone.id, 2);
    const body = await priced([{ eventId: event.id, seatIds }]);
    const coefficients = [...event.hall.hallTypes.map((type: Json) => type.coefficient), zone.coefficient, ...event.sessionTypes.map((type: Json) => type.coefficient)];
    const unit = expectedPrice(event.film.basePriceMinor, coefficients);
    expect(unit).not.toBe(event.film.basePriceMinor);
    expect(body).toMatchObject({ totalMinor: unit * 2, currency: 'RUB' });
    expect(body.lines[0]).toMatchObject({ lineIndex: 0, kind: 'cinema', unitPriceMinor: unit, quantity: 2, amountMinor: unit * 2 });
    expect(body.lines[0].factors.filter((factor: Json) => factor.kind === 'coefficient')).toHaveLength(4);
    expect(body.lines[0].description).toContain(event.film.title);
  });

  it('prices a stadium seat by its zone price, and a seat of another hall is refused naming it', async () => {
    const dearest = [...match.zones].filter((zone: Json) => zone.priceMinor !== null).sort((a: Json, b: Json) => b.priceMinor - a.priceMinor)[0];
    const [seatId] = await seatsOfZone(t.deps.database.db, dearest.id, 1);
    const body = await priced([{ eventId: match.id, seatIds: [seatId] }]);
    expect(body.lines[0]).toMatchObject({ kind: 'zone_price', unitPriceMinor: dearest.priceMinor, amountMinor: dearest.priceMinor });

    const cinemaZone = (await getJson(t.app, `/api/events/${(await eventsOfKind(t.app, 'film_session'))[0]?.id}`)).zones[0];
    const [cinemaSeat] = await seatsOfZone(t.deps.database.db, cinemaZone.id, 1);
    const refused = await quote([{ eventId: match.id, seatIds: [seatId, cinemaSeat] }]);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'seat_not_in_event', field: 'lines.0.seatIds.1' });
  });

  it('sells the concert dance floor by quantity, and refuses it for a match', async () => {
    const floor = concert.zones.find((zone: Json) => zone.kind === 'general_admission');
    const body = await priced([{ eventId: concert.id, zoneId: floor.id, quantity: 3 }]);
    expect(body.lines[0]).toMatchObject({ kind: 'zone_price', unitPriceMinor: floor.priceMinor, quantity: 3, amountMinor: floor.priceMinor * 3 });
    const refused = await quote([{ eventId: match.id, zoneId: floor.id, quantity: 1 }]);
    expect(refused).toMatchObject({ status: 422, body: { code: 'zone_not_in_event', field: 'lines.0.zoneId' } });
  });

  it('prices a bundle and a season ticket at their own price per seat, whatever the zone', async () => {
    const sector = match.zones.find((zone: Json) => zone.kind === 'seated' && zone.priceMinor !== null);
    const seatIds = await seatsOfZone(t.deps.database.db, sector.id, 2);
    const bundle = await serviceNamed(t.app, 'Два матча: «Полярник» и «Метеор»');
    const season = await serviceNamed(t.app, 'Сезонный абонемент');
    const body = await priced([
      { serviceId: bundle.id, seatIds: [seatIds[0]] },
      { serviceId: season.id, seatIds },
    ]);
    expect(body.lines.map((line: Json) => [line.kind, line.unitPriceMinor, line.amountMinor])).toEqual([
      ['package', bundle.baseCostMinor, bundle.baseCostMinor],
      ['package', season.baseCostMinor, season.baseCostMinor * 2],
    ]);
    expect(body.totalMinor).toBe(bundle.baseCostMinor + season.baseCostMinor * 2);
  });

  describe('the five museum scenarios of seed 002', () => {
    const idOf = (list: Json[], name: string) => list.find((row) => row.name === name || row.code === name)?.id;

    it('1. fixed objects: the required route, priced per object and visitor', async () => {
      const tour = await serviceNamed(t.app, 'Экскурсия по основной экспозиции');
      const objects = tour.visitObjects.map((object: Json) => object.id);
      const body = await priced([{ serviceId: tour.id, visitObjectIds: objects, visitorCount: 2 }]);
      expect(body.lines[0]).toMatchObject({ kind: 'museum', quantity: 2, amountMinor: (50_000 + 30_000) * 2, validity: { kind: 'days_from_payment', days: 30 } });
      const refused = await quote([{ serviceId: tour.id, visitObjectIds: [objects[0]], visitorCount: 2 }]);
      expect(refused).toMatchObject({ status: 422, body: { code: 'IsDisableEditVisitObject', field: 'lines.0.visitObjectIds' } });
    });

    it('2. free choice of objects, priced object x category, with fallbacks', async () => {
      const visit = await serviceNamed(t.app, 'Свободное посещение музея');
      const main = idOf(visit.visitObjects, 'Основная экспозиция');
      const manor = idOf(visit.visitObjects, 'Усадьба купца Мельникова');
      const adult = idOf(visit.visitorCategories, 'adult');
      const child = idOf(visit.visitorCategories, 'child');
      const body = await priced([{ serviceId: visit.id, visitObjectIds: [manor, main], visitors: [{ categoryId: adult, count: 2 }, { categoryId: child, count: 1 }] }]);
      // main: adult 500 x 2 + child 200; manor: one price 250 for everyone x 3
      expect(body.lines[0]).toMatchObject({ quantity: 3, amountMinor: 100_000 + 20_000 + 75_000, validity: { kind: 'days_from_first_visit', days: 90 } });
      expect(body.lines[0].factors.map((factor: Json) => factor.subtotalMinor)).toEqual(expect.arrayContaining([100_000, 20_000, 50_000, 25_000]));
    });

    it('3. a group of exactly ten: fixed category and count', async () => {
      const group = await serviceNamed(t.app, 'Групповая экскурсия');
      const category = group.visitorCategories[0];
      const body = await priced([{ serviceId: group.id, visitors: [{ categoryId: category.id, count: 10 }] }]);
      expect(body.lines[0]).toMatchObject({ quantity: 10, unitPriceMinor: 35_000, amountMinor: 350_000 });
      const refused = await quote([{ serviceId: group.id, visitors: [{ categoryId: category.id, count: 9 }] }]);
      expect(refused).toMatchObject({ status: 422, body: { code: 'RequireVisitorCount', field: 'lines.0.visitors.0.count' } });
    });

    it('4. one category per line, priced by category not by head count', async () => {
      const single = await serviceNamed(t.app, 'Индивидуальное посещение');
      const [adult, pensioner] = [idOf(single.visitorCategories, 'adult'), idOf(single.visitorCategories, 'pensioner')];
      const body = await priced([
        { serviceId: single.id, visitors: [{ categoryId: adult, count: 3 }] },
        { serviceId: single.id, visitors: [{ categoryId: pensioner, count: 1 }] },
      ]);
      expect(body.lines.map((line: Json) => line.amountMinor)).toEqual([60_000, single.baseCostMinor]);
      const refused = await quote([{ serviceId: single.id, visitors: [{ categoryId: adult, count: 1 }, { categoryId: pensioner, count: 1 }] }]);
      expect(refused).toMatchObject({ status: 422, body: { code: 'IsUseOneCategory', field: 'lines.0.visitors' } });
    });

    it('5. date and time required, inside the DtBegin-DtEnd window', async () => {
      const themed = await serviceNamed(t.app, 'Тематическая экскурсия «Полярные экспедиции»');
      const [arctic] = themed.visitObjects.map((object: Json) => object.id);
      const [adult, child] = [idOf(themed.visitorCategories, 'adult'), idOf(themed.visitorCategories, 'child')];
      const line = { serviceId: themed.id, visitObjectIds: [arctic], visitors: [{ categoryId: adult, count: 2 }, { categoryId: child, count: 1 }] };
      const body = await priced([{ ...line, visitDate: visitDay, visitTime: '11:00' }]);
      expect(body.lines[0]).toMatchObject({ amountMinor: 90_000 * 2 + 45_000, validity: { kind: 'within_window', timeZone: 'Europe/Moscow' } });
      expect(await quote([line])).toMatchObject({ status: 422, body: { code: 'IsNeedVisitDate', field: 'lines.0.visitDate' } });
      const outside = await quote([{ ...line, visitDate: '2999-01-01', visitTime: '11:00' }]);
      expect(outside).toMatchObject({ status: 422, body: { code: 'ActiveKindId', field: 'lines.0.visitDate' } });
    });
  });

  it('gives the demo corporate representative the contract price, and anyone else the list price', async () => {
    const season = await serviceNamed(t.app, 'Сезонный абонемент');
    const sector = match.zones.find((zone: Json) => zone.kind === 'seated' && zone.priceMinor !== null);
    const [seatId] = await seatsOfZone(t.deps.database.db, sector.id, 1);
    const lines = [{ serviceId: season.id, seatIds: [seatId] }];
    const corporate = await loginAs(t.app, 'corporate', 'corporate-demo-1');
    const contract = await priced(lines, corporate.headers);
    const factor = contract.lines[0].factors.find((entry: Json) => entry.kind === 'contract');
    expect(factor).toMatchObject({ contractNumber: 'Д-2025/001', scope: 'service', listPriceMinor: season.baseCostMinor });
    expect(contract.lines[0].unitPriceMinor).toBe(factor.priceMinor);
    expect(factor.priceMinor).toBeLessThan(season.baseCostMinor);
    const anonymous = await priced(lines);
    expect(anonymous.lines[0].unitPriceMinor).toBe(season.baseCostMinor);
    const client = await loginAs(t.app, 'client', 'client-demo-1');
    expect((await priced(lines, client.headers)).lines[0].unitPriceMinor).toBe(season.baseCostMinor);
  });

  it('answers bad lines with problem details naming the input', async () => {
    const unknown = await quote([{ eventId: crypto.randomUUID(), seatIds: [crypto.randomUUID()] }]);
    expect(unknown).toMatchObject({ status: 404, body: { code: 'event_not_found', field: 'lines.0.eventId' } });
    const unknownService = await quote([{ serviceId: crypto.randomUUID(), quantity: 1 }]);
    expect(unknownService).toMatchObject({ status: 404, body: { code: 'service_not_found', field: 'lines.0.serviceId' } });
    const malformed = await quote([{ eventId: 'not-a-uuid', seatIds: [crypto.randomUUID()] }]);
    expect(malformed).toMatchObject({ status: 400, body: { code: 'validation_failed', field: 'body.lines.0.eventId' } });
    const empty = await quote([]);
    expect(empty).toMatchObject({ status: 400, body: { field: 'body.lines' } });
    const sectors = match.zones.filter((zone: Json) => zone.kind === 'seated' && zone.priceMinor !== null);
    const seats = [...(await seatsOfZone(t.deps.database.db, sectors[0].id, 1)), ...(await seatsOfZone(t.deps.database.db, sectors[1].id, 1))];
    const twoZones = await quote([{ eventId: match.id, seatIds: seats }]);
    expect(twoZones).toMatchObject({ status: 422, body: { code: 'seats_in_several_zones', field: 'lines.0.seatIds' } });
  });

  it('prices inside a caller\'s transaction, as booking does, with what booking must hold', async () => {
    const floor = concert.zones.find((zone: Json) => zone.kind === 'general_admission');
    const result = await t.deps.database.db.transaction((tx) =>
      quoteLines(tx, { lines: [{ eventId: concert.id, zoneId: floor.id, quantity: 2 }], clientId: null, now: clock.now() }),
    );
    expect(result.quote.totalMinor).toBe(floor.priceMinor * 2);
    expect(result.lines[0]?.inventory).toEqual({ kind: 'places', eventIds: [concert.id], zoneId: floor.id, quantity: 2 });
    expect(result.lines[0]?.snapshot).toMatchObject({ schema: 'price-snapshot/1', amountMinor: floor.priceMinor * 2, pricedAt: clock.now().toISOString() });
  });
});
