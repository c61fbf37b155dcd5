import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoggedIn } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { BestFilmReport } from '../contracts.ts';
import { seedMarch } from './march-scenario.ts';
import { addCinema, addSale, addSession, type Cinema, staffSession } from './report-fixtures.ts';

// The March story is told in march-scenario.ts: Дюна earns 900 ₽ net of a 500 ₽ return,
// Брат 850 ₽, Вий nothing; sales around midnight test the Moscow period boundaries.

describe('the most profitable film (seed 003)', () => {
  let t: TestApp;
  let manager: LoggedIn;
  let moscow: Cinema;
  const films = { dune: '', brat: '', viy: '', cartoon: '' };

  const bestFilm = async (query: string): Promise<BestFilmReport> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/reports/best-film?${query}`, headers: manager.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as BestFilmReport;
  };
  const grossOf = (report: BestFilmReport) => Object.fromEntries(report.films.map((f) => [f.title, f.grossMinor]));

  beforeAll(async () => {
    t = await createTestApp({ now: '2025-04-15T09:00:00Z' });
    const db = t.deps.database.db;
    manager = await staffSession(t.app, db, 'rep-manager', ['manager']);
    const march = await seedMarch(db);
    moscow = march.cinema;
    Object.assign(films, march.films);
  });
  afterAll(async () => t.close());

  it('names the film with the largest gross over the period, with that gross', async () => {
    const report = await bestFilm(`from=2025-03-01&to=2025-03-31&venueId=${moscow.venueId}`);
    expect(report.winners).toEqual([films.dune]);
    expect(report.isTie).toBe(false);
    expect(report.films[0]).toMatchObject({
      filmId: films.dune, title: 'Дюна', rank: 1, isWinner: true, grossMinor: 90_000, ticketsSold: 3, soldMinor: 140_000, ticketsReturned: 1, returnedMinor: 50_000, netTickets: 2,
    });
    expect(report.films.map((f) => [f.title, f.grossMinor, f.rank, f.isWinner])).toEqual([
      ['Дюна', 90_000, 1, true],
      ['Брат', 85_000, 2, false],
      ['Вий', 0, 3, false],
    ]);
    expect(report.totals).toMatchObject({ ticketsSold: 6, soldMinor: 225_000, ticketsReturned: 1, returnedMinor: 50_000, netMinor: 175_000 });
    expect(report.period).toEqual({ from: '2025-03-01', to: '2025-03-31', venueId: moscow.venueId });
  });

  it('subtracts a return from the period it falls in, never from the period of the sale', async () => {
    expect(grossOf(await bestFilm(`from=2025-03-01&to=2025-03-11&venueId=${moscow.venueId}`)).Дюна).toBe(140_000);
    expect(grossOf(await bestFilm(`from=2025-03-12&to=2025-03-12&venueId=${moscow.venueId}`)).Дюна).toBe(-50_000);
  });

  it('draws the period boundaries on the venue\'s wall clock (Moscow), not in UTC', async () => {
    expect(grossOf(await bestFilm(`from=2025-02-01&to=2025-02-28&venueId=${moscow.venueId}`))).toEqual({ Брат: 20_000 });
    expect(grossOf(await bestFilm(`from=2025-03-02&to=2025-03-31&venueId=${moscow.venueId}`)).Брат).toBe(25_000);
    expect(grossOf(await bestFilm(`from=2025-04-01&to=2025-04-30&venueId=${moscow.venueId}`))).toEqual({ Брат: 30_000 });
  });

  it('shows a tie as a tie: every film with the best gross is a winner, sharing first place', async () => {
    const db = t.deps.database.db;
    const yekaterinburg = await addCinema(db, 'Кинотеатр «Урал»', 'Asia/Yekaterinburg');
    const dune = await addSession(db, yekaterinburg, films.dune, '2025-05-10T14:00:00Z');
    const brat = await addSession(db, yekaterinburg, films.brat, '2025-05-11T14:00:00Z');
    await addSession(db, yekaterinburg, films.cartoon, '2025-05-12T14:00:00Z');
    // 19:30 UTC on 30 April is 00:30 on 1 May in Yekaterinburg (UTC+5): a May sale there.
    await addSale(db, { eventId: dune, tickets: [{ priceMinor: 40_000, seatId: yekaterinburg.seatIds[0] }], payments: [{ kind: 'card', amountMinor: 40_000, at: '2025-04-30T19:30:00Z' }], issuedAt: '2025-04-30T19:30:00Z' });
    await addSale(db, { eventId: brat, tickets: [{ priceMinor: 20_000, seatId: yekaterinburg.seatIds[0] }, { priceMinor: 20_000, seatId: yekaterinburg.seatIds[1] }], payments: [{ kind: 'cash', amountMinor: 40_000, at: '2025-05-03T10:00:00Z' }], issuedAt: '2025-05-03T10:00:00Z' });

    const report = await bestFilm('from=2025-05-01&to=2025-05-31');
    expect(report.isTie).toBe(true);
    expect(new Set(report.winners)).toEqual(new Set([films.dune, films.brat]));
    expect(report.films.map((f) => [f.title, f.grossMinor, f.rank, f.isWinner])).toEqual([
      ['Брат', 40_000, 1, true],
      ['Дюна', 40_000, 1, true],
      ['Мультфильм', 0, 3, false],
    ]);
  });

  it('has no winner over a period in which nothing was sold', async () => {
    const report = await bestFilm(`from=2024-01-01&to=2024-01-31&venueId=${moscow.venueId}`);
    expect(report).toMatchObject({ films: [], winners: [], isTie: false });
  });

  it('refuses a bad period or an unknown venue, naming the input at fault', async () => {
    const ask = (query: string) => t.app.inject({ method: 'GET', url: `/api/reports/best-film?${query}`, headers: manager.headers });
    const backwards = await ask('from=2025-03-31&to=2025-03-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ code: 'period_invalid', field: 'query.to' });
    const missing = await ask('to=2025-03-01');
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'validation_failed', field: 'query.from' });
    const notADay = await ask('from=2025-02-30&to=2025-03-01');
    expect(notADay.statusCode).toBe(400);
    expect(notADay.json().field).toBe('query.from');
    const unknown = await ask('from=2025-03-01&to=2025-03-31&venueId=6f1b1f0e-1c1a-4c1e-9a59-0d8f5b2f3a10');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'venue_not_found', field: 'query.venueId' });
  });

  it('is for managers and admins only', async () => {
    const cashier = await staffSession(t.app, t.deps.database.db, 'rep-cashier', ['cashier']);
    const url = '/api/reports/best-film?from=2025-03-01&to=2025-03-31';
    expect((await t.app.inject({ method: 'GET', url, headers: cashier.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const admin = await staffSession(t.app, t.deps.database.db, 'rep-admin', ['admin']);
    expect((await t.app.inject({ method: 'GET', url, headers: admin.headers })).statusCode).toBe(200);
  });
});
