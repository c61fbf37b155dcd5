import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/db/types.ts';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { BestFilmReport } from '../contracts.ts';

// The film report over sales made the way a cinema makes them, through the API: a client
// books, confirms, the box office takes the money and issues the tickets, one comes back.
// Whatever booking writes, the report must read as sold exactly what was issued.

interface Session {
  id: string;
  filmId: string;
  filmTitle: string;
  venueId: string;
}

interface OrderTicket {
  id: string;
  priceMinor: number;
}

describe('the most profitable film over sales made at the box office', () => {
  const clock = fixedClock(new Date());
  let t: TestApp;
  let client: LoggedIn;
  let cashier: LoggedIn;
  let manager: LoggedIn;
  let sessions: Session[];

  const call = (who: LoggedIn, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api${url}`, headers: who.headers, ...(payload === undefined ? {} : { payload }) });

  /** Books `count` free seats of the session, confirms, pays by card; issues them unless told not to. */
  async function buy(session: Session, count: number, issue = true): Promise<{ orderId: string; tickets: OrderTicket[] }> {
    const seats = await queryRows<{ id: string }>(
      t.database.db,
      sql`select s.id from seats s join events e on e.hall_id = s.hall_id
          where e.id = ${session.id} and not exists (select 1 from event_seats es where es.seat_id = s.id and es.event_id = e.id and es.status <> 'free')
          order by s.ordinal limit ${count}`,
    );
    const submitted = await call(client, 'POST', '/requests', { lines: [{ eventId: session.id, seatIds: seats.map((s) => s.id) }] });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const orderId = submitted.json().order.id as string;
    expect((await call(client, 'POST', `/orders/${orderId}/confirm`)).statusCode).toBe(200);
    const total = submitted.json().totalMinor as number;
    const paid = await call(cashier, 'POST', `/staff/orders/${orderId}/payments`, { kind: 'card', amountMinor: total, idempotencyKey: `${orderId}-card` });
    expect(paid.statusCode, paid.body).toBe(201);
    const detail = issue ? await call(cashier, 'POST', `/staff/orders/${orderId}/issue`, {}) : await call(cashier, 'GET', `/staff/orders/${orderId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    return { orderId, tickets: detail.json().tickets as OrderTicket[] };
  }

  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(clock.now());

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    client = await registerClient(t.app);
    cashier = await loginAsDemo(t.app, 'cashier');
    manager = await loginAsDemo(t.app, 'manager');
    // The first upcoming session of each of two films of the demo cinema.
    sessions = await queryRows<Session>(
      t.database.db,
      sql`select distinct on (e.film_id) e.id, e.film_id as "filmId", f.title as "filmTitle", e.venue_id as "venueId"
          from events e join films f on f.id = e.film_id
          where e.kind = 'film_session' and e.status = 'scheduled' and e.starts_at > ${clock.now().toISOString()}::timestamptz + interval '1 day'
          order by e.film_id, e.starts_at limit 2`,
    );
    expect(sessions).toHaveLength(2);
  });
  afterAll(async () => t.close());

  it('shows the film whose issued tickets, less the returned one, earned most today, with that gross', async () => {
    const [first, second] = sessions as [Session, Session];
    const firstSale = await buy(first, 4);
    const secondSale = await buy(second, 2);
    await buy(second, 3, false); // paid, not issued: a reservation, not a sale yet
    const back = secondSale.tickets[0]!;
    const returned = await call(cashier, 'POST', `/staff/orders/${secondSale.orderId}/returns`, { ticketIds: [back.id], reason: 'the client cannot come' });
    expect(returned.statusCode, returned.body).toBe(200);

    const sum = (tickets: OrderTicket[]) => tickets.reduce((total, ticket) => total + ticket.priceMinor, 0);
    const gross = new Map([
      [first.filmId, sum(firstSale.tickets)],
      [second.filmId, sum(secondSale.tickets) - back.priceMinor],
    ]);
    const best = Math.max(...gross.values());
    const expected = [...gross].filter(([, value]) => value === best).map(([filmId]) => filmId);

    const res = await call(manager, 'GET', `/reports/best-film?from=${today()}&to=${today()}&venueId=${first.venueId}`);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as BestFilmReport;
    expect(report.winners).toEqual(expected);
    for (const [filmId, value] of gross) expect(report.films.find((film) => film.filmId === filmId)?.grossMinor).toBe(value);
    expect(report.films.find((film) => film.filmId === second.filmId)).toMatchObject({ ticketsSold: 2, ticketsReturned: 1, netTickets: 1 });
    expect(report.totals.ticketsSold).toBe(6);
  });
});
