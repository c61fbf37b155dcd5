import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoggedIn } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { OccupancyReport, SalesReport } from '../contracts.ts';
import { type MarchScenario, seedMarch } from './march-scenario.ts';
import { blockSeat, holdSeat, staffSession } from './report-fixtures.ts';

// The March story of march-scenario.ts, looked at on 15 March at 12:00 Moscow time.

describe('sales and occupancy reports', () => {
  let t: TestApp;
  let manager: LoggedIn;
  let march: MarchScenario;

  const get = async <T>(url: string): Promise<T> => {
    const res = await t.app.inject({ method: 'GET', url, headers: manager.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };
  const sales = (groupBy: string) => get<SalesReport>(`/api/reports/sales?from=2025-03-01&to=2025-03-31&groupBy=${groupBy}&venueId=${march.cinema.venueId}`);

  beforeAll(async () => {
    t = await createTestApp({ now: '2025-03-15T09:00:00Z' });
    const db = t.deps.database.db;
    manager = await staffSession(t.app, db, 'rep-sales-manager', ['manager']);
    march = await seedMarch(db);
    const [, , , , s5, s6, s7] = march.cinema.seatIds;
    await holdSeat(db, march.events.dune, s5!, '2025-03-15T09:20:00Z'); // a request's hold, still running
    await holdSeat(db, march.events.dune, s6!, '2025-03-15T08:00:00Z'); // ran out an hour ago: free
    await blockSeat(db, march.events.dune, s7!);
  });
  afterAll(async () => t.close());

  it('gives sales by day on the Moscow calendar, every day listed, returns on the day they happen', async () => {
    const report = await sales('day');
    if (report.groupBy !== 'day') throw new Error('grouped by day');
    expect(report.rows).toHaveLength(31);
    const busy = report.rows.filter((row) => row.ticketsSold > 0 || row.ticketsReturned > 0);
    expect(busy.map((row) => [row.day, row.ticketsSold, row.soldMinor, row.ticketsReturned, row.returnedMinor, row.netMinor])).toEqual([
      ['2025-03-01', 2, 60_000, 0, 0, 60_000],
      ['2025-03-05', 2, 90_000, 0, 0, 90_000],
      ['2025-03-06', 1, 50_000, 0, 0, 50_000],
      ['2025-03-12', 0, 0, 1, 50_000, -50_000],
      ['2025-03-31', 1, 25_000, 0, 0, 25_000],
    ]);
    expect(report.totals).toEqual({ ticketsSold: 6, soldMinor: 225_000, ticketsReturned: 1, returnedMinor: 50_000, netTickets: 5, netMinor: 175_000 });
  });

  it('gives sales by payment kind: tickets by the payment that paid for them, money by what each kind took and gave back', async () => {
    const report = await sales('paymentKind');
    if (report.groupBy !== 'paymentKind') throw new Error('grouped by payment kind');
    const row = (kind: string | null) => report.rows.find((r) => r.paymentKind === kind);
    expect(report.rows.map((r) => r.paymentKind)).toEqual(['cash', 'bank_transfer', 'card', 'receipt_order', 'internal_account', null]);
    expect(row('cash')).toMatchObject({ ticketsSold: 2, soldMinor: 90_000, receivedMinor: 90_000, paymentsCount: 1, refundedMinor: 0, label: { ru: 'Наличный расчёт', en: 'Cash' } });
    expect(row('bank_transfer')).toMatchObject({ ticketsSold: 0, soldMinor: 0, receivedMinor: 45_000 });
    expect(row('card')).toMatchObject({ ticketsSold: 1, ticketsReturned: 1, netMinor: 0, receivedMinor: 50_000, refundedMinor: 50_000, refundsCount: 1, netReceivedMinor: 0 });
    expect(row('receipt_order')).toMatchObject({ ticketsSold: 0, receivedMinor: 0 });
    expect(row('internal_account')).toMatchObject({ ticketsSold: 2, soldMinor: 60_000, receivedMinor: 60_000 });
    expect(row(null)).toMatchObject({ ticketsSold: 1, soldMinor: 25_000, receivedMinor: 0 });
    expect(report.totals).toMatchObject({ ticketsSold: 6, soldMinor: 225_000, receivedMinor: 245_000, refundedMinor: 50_000, netReceivedMinor: 195_000 });
  });

  it('gives sales by event and by service', async () => {
    const byEvent = await sales('event');
    if (byEvent.groupBy !== 'event') throw new Error('grouped by event');
    expect(byEvent.rows.map((r) => [r.title, r.eventId, r.ticketsSold, r.soldMinor, r.ticketsReturned, r.netMinor])).toEqual([
      ['Дюна', march.events.dune, 3, 140_000, 1, 90_000],
      ['Брат', march.events.brat, 3, 85_000, 0, 85_000],
    ]);
    expect(byEvent.rows[0]).toMatchObject({ startsAt: '2025-03-20T16:00:00.000Z', venueName: 'Кинотеатр «Москва»', filmId: march.films.dune });
    const byService = await sales('service');
    if (byService.groupBy !== 'service') throw new Error('grouped by service');
    expect(byService.rows).toEqual([expect.objectContaining({ serviceId: null, ticketsSold: 6, netMinor: 175_000 })]);
  });

  it('refuses a daily report longer than a year, naming "to"', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/reports/sales?from=2024-01-01&to=2025-03-31&groupBy=day', headers: manager.headers });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'period_too_long', field: 'query.to' });
    const wrongGrouping = await t.app.inject({ method: 'GET', url: '/api/reports/sales?from=2025-03-01&to=2025-03-31&groupBy=film', headers: manager.headers });
    expect(wrongGrouping.statusCode).toBe(400);
    expect(wrongGrouping.json().field).toBe('query.groupBy');
  });

  it('counts occupancy per event: issued seats sold, running holds held, lapsed holds free', async () => {
    const report = await get<OccupancyReport>(`/api/reports/occupancy?from=2025-03-01&to=2025-03-31&venueId=${march.cinema.venueId}`);
    expect(report.at).toBe('2025-03-15T09:00:00.000Z');
    expect(report.events.map((e) => [e.title, e.capacity, e.sold, e.held, e.blocked, e.free, e.occupancyPercent])).toEqual([
      // Дюна: 2 issued; the returned seat is free again; the paid-not-issued seat and a request's seat held; one blocked.
      ['Дюна', 15, 2, 2, 1, 10, 13.3],
      // Брат: 3 seats (one sold in February) and a standing place.
      ['Брат', 15, 4, 0, 0, 11, 26.7],
      ['Вий', 15, 0, 0, 0, 15, 0],
    ]);
    expect(report.events[0]).toMatchObject({ eventId: march.events.dune, hallName: 'Зал 1', kind: 'film_session', filmId: march.films.dune });
    expect(report.totals).toEqual({ capacity: 45, sold: 6, held: 2, blocked: 1, free: 36, occupancyPercent: 13.3 });
  });
});
