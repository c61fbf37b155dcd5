import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoggedIn } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { type MarchScenario, seedMarch } from './march-scenario.ts';
import { addFilm, addSale, addSession, staffSession } from './report-fixtures.ts';

// What a manager gets when they press "CSV": a file Excel opens with Cyrillic intact and
// titles with commas and quotes in one cell each.

const BOM = '\uFEFF';

describe('reports as CSV', () => {
  let t: TestApp;
  let manager: LoggedIn;
  let march: MarchScenario;

  const csv = async (url: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: manager.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(res.body.startsWith(BOM)).toBe(true);
    expect(res.body.endsWith('\r\n')).toBe(true);
    return { res, lines: res.body.slice(1).split('\r\n').slice(0, -1) };
  };

  beforeAll(async () => {
    t = await createTestApp({ now: '2025-04-15T09:00:00Z' });
    const db = t.deps.database.db;
    manager = await staffSession(t.app, db, 'rep-csv-manager', ['manager']);
    march = await seedMarch(db);
    const tricky = await addFilm(db, 'Тот, кто "смеётся"');
    const event = await addSession(db, march.cinema, tricky, '2025-03-25T16:00:00Z');
    await addSale(db, { eventId: event, tickets: [{ priceMinor: 10_005, seatId: march.cinema.seatIds[0] }], payments: [{ kind: 'cash', amountMinor: 10_005, at: '2025-03-10T10:00:00Z' }], issuedAt: '2025-03-10T10:00:00Z' });
  });
  afterAll(async () => t.close());

  it('gives the film report with a header row, roubles and kopecks, the winner marked, and quoting as RFC 4180 asks', async () => {
    const { res, lines } = await csv(`/api/reports/best-film?from=2025-03-01&to=2025-03-31&venueId=${march.cinema.venueId}&format=csv`);
    expect(res.headers['content-disposition']).toBe('attachment; filename="best-film_2025-03-01_2025-03-31.csv"');
    expect(lines[0]).toBe(
      'Место,Самый прибыльный,Фильм,ID фильма,"Валовой сбор, руб.","Валовой сбор, коп.",Продано билетов,"Продано, руб.","Продано, коп.",' +
        'Возвращено билетов,"Возвращено, руб.","Возвращено, коп.",Билетов за вычетом возвратов,"Итого за вычетом возвратов, руб.","Итого за вычетом возвратов, коп."',
    );
    expect(lines[1]).toBe(`1,да,Дюна,${march.films.dune},900.00,90000,3,1400.00,140000,1,500.00,50000,2,900.00,90000`);
    expect(lines[2]).toBe(`2,,Брат,${march.films.brat},850.00,85000,3,850.00,85000,0,0.00,0,3,850.00,85000`);
    expect(lines[3]).toMatch(/^3,,"Тот, кто ""смеётся""",[0-9a-f-]{36},100\.05,10005,1,/);
    expect(lines[4]).toMatch(/^4,,Вий,/);
    expect(lines).toHaveLength(5);
  });

  it('answers the same file at the .csv address, and in English on request', async () => {
    const viaFormat = await csv(`/api/reports/best-film?from=2025-03-01&to=2025-03-31&venueId=${march.cinema.venueId}&format=csv`);
    const viaPath = await csv(`/api/reports/best-film.csv?from=2025-03-01&to=2025-03-31&venueId=${march.cinema.venueId}`);
    expect(viaPath.res.body).toBe(viaFormat.res.body);
    const english = await csv(`/api/reports/best-film.csv?from=2025-03-01&to=2025-03-31&venueId=${march.cinema.venueId}&lang=en`);
    expect(english.lines[0]!.startsWith('Rank,Most profitable,Film,Film ID,"Gross, RUB","Gross, kopecks"')).toBe(true);
    expect(english.lines[1]!.startsWith('1,yes,Дюна,')).toBe(true);
  });

  it('gives sales by day with every day of the period, and by payment kind with labels', async () => {
    const daily = await csv(`/api/reports/sales.csv?from=2025-03-01&to=2025-03-31&groupBy=day&venueId=${march.cinema.venueId}`);
    expect(daily.res.headers['content-disposition']).toBe('attachment; filename="sales-by-day_2025-03-01_2025-03-31.csv"');
    expect(daily.lines).toHaveLength(32);
    expect(daily.lines[0]!.startsWith('Дата,Продано билетов,"Продано, руб.","Продано, коп."')).toBe(true);
    expect(daily.lines[12]).toBe('2025-03-12,0,0.00,0,1,500.00,50000,-1,-500.00,-50000');
    const byKind = await csv(`/api/reports/sales?from=2025-03-01&to=2025-03-31&groupBy=paymentKind&venueId=${march.cinema.venueId}&format=csv`);
    expect(byKind.lines[1]!.startsWith('Наличный расчёт,cash,3,')).toBe(true);
    expect(byKind.lines[6]!.startsWith('"Выдано без оплаты (кредит по договору, бесплатно)",,1,250.00,25000,')).toBe(true);
  });

  it('gives occupancy and balances as CSV too', async () => {
    const occupancy = await csv(`/api/reports/occupancy.csv?from=2025-03-01&to=2025-03-31&venueId=${march.cinema.venueId}`);
    expect(occupancy.lines[0]).toBe('Событие,Начало (UTC),Площадка,Зал,ID события,Вместимость,Продано,Забронировано,Заблокировано,Свободно,"Заполненность, %"');
    expect(occupancy.lines[1]).toBe(`Дюна,2025-03-20T16:00:00.000Z,Кинотеатр «Москва»,Зал 1,${march.events.dune},15,2,0,0,13,13.3`);
    const balances = await csv('/api/reports/balances?format=csv');
    expect(balances.lines[0]!.startsWith('Вид,Владелец,Код клиента или номер договора,ИНН,Статус договора,"Кредитный лимит, руб."')).toBe(true);
  });

  it('documents both answers of each report in the OpenAPI document', async () => {
    const paths = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths;
    for (const report of ['best-film', 'sales', 'occupancy', 'balances']) {
      for (const path of [`/api/reports/${report}`, `/api/reports/${report}.csv`]) {
        expect(Object.keys(paths[path].get.responses['200'].content).sort(), path).toEqual(['application/json', 'text/csv']);
      }
    }
  });

  it('refuses a bad CSV request as it refuses a bad JSON one', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/reports/best-film.csv?from=2025-03-31&to=2025-03-01', headers: manager.headers });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'period_invalid', field: 'query.to' });
  });
});
