import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/db/types.ts';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { demoConcert, demoMatches, demoService, freeSeats, post, type DemoEvent } from './booking-fixtures.ts';
import { pay, staffCall } from './ticket-fixtures.ts';

// Issue 5 item 6: a code admits once; a second scan, a returned ticket and another event are refused.

interface Ticket {
  id: string;
  code: string | null;
  status: string;
}

describe('check-in at the gate', () => {
  const clock = fixedClock(new Date());
  let t: TestApp;
  let client: LoggedIn;
  let cashier: LoggedIn;
  let gate: LoggedIn;
  let matches: DemoEvent[];

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    client = await registerClient(t.app);
    cashier = await loginAsDemo(t.app, 'cashier');
    gate = await loginAsDemo(t.app, 'operator');
    matches = await demoMatches(t.database.db);
  });
  afterAll(async () => t.close());

  /** An order of these lines, confirmed and paid in full; issued unless told otherwise. */
  async function boughtOrder(lines: unknown[], issue = true): Promise<{ orderId: string; bookingNumber: string; tickets: Ticket[] }> {
    const submitted = await post(t.app, '/api/requests', client.headers, { lines });
    expect(submitted.json().status).toBe('processed');
    const orderId = submitted.json().order.id as string;
    await post(t.app, `/api/orders/${orderId}/confirm`, client.headers);
    expect((await pay(t.app, cashier, orderId, 'cash', submitted.json().totalMinor)).statusCode).toBe(201);
    const detail = issue
      ? await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/issue`)
      : await staffCall(t.app, cashier, 'GET', `/staff/orders/${orderId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    return { orderId, bookingNumber: submitted.json().bookingNumber, tickets: detail.json().tickets };
  }

  const scan = (code: string, eventId: string | null, who: LoggedIn = gate) => staffCall(t.app, who, 'POST', '/staff/check-in', { code, eventId });
  const codeOf = async (ticketId: string) =>
    (await queryRows<{ code: string }>(t.database.db, sql`select code from tickets where id = ${ticketId}`))[0]!.code;

  it('admits a code once; the second scan is refused with the time of the first', async () => {
    const seats = await freeSeats(t.database.db, [matches[0]!.id], 'C201', 3);
    const { bookingNumber, tickets } = await boughtOrder([{ eventId: matches[0]!.id, seatIds: seats }]);
    const first = await scan(tickets[0]!.code!, matches[0]!.id);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ admitted: true, ticketId: tickets[0]!.id, bookingNumber, eventId: matches[0]!.id, seatId: seats[0] });

    clock.advance(60_000);
    const second = await scan(tickets[0]!.code!, matches[0]!.id);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'already_checked_in', checkedInAt: first.json().checkedInAt });

    // A code typed by hand: lower case and spaces are forgiven; a cashier may scan too.
    const typed = await scan(` ${tickets[1]!.code!.toLowerCase()} `, matches[0]!.id, cashier);
    expect(typed.statusCode).toBe(200);
  });

  it('refuses a ticket for another event, naming the event field', async () => {
    const seats = await freeSeats(t.database.db, [matches[0]!.id], 'C202', 1);
    const { tickets } = await boughtOrder([{ eventId: matches[0]!.id, seatIds: seats }]);
    const res = await scan(tickets[0]!.code!, matches[1]!.id);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'wrong_event', field: 'body.eventId', eventIds: [matches[0]!.id] });
    // Refused scans admit nothing: the right gate still admits it.
    expect((await scan(tickets[0]!.code!, matches[0]!.id)).statusCode).toBe(200);
  });

  it('refuses a returned ticket, and a used one cannot be returned', async () => {
    const seats = await freeSeats(t.database.db, [matches[0]!.id], 'C203', 2);
    const { orderId, tickets } = await boughtOrder([{ eventId: matches[0]!.id, seatIds: seats }]);
    const returned = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/returns`, { ticketIds: [tickets[1]!.id], reason: 'ill' });
    expect(returned.statusCode).toBe(200);
    const res = await scan(tickets[1]!.code!, matches[0]!.id);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'ticket_returned', currentStatus: 'returned' });

    expect((await scan(tickets[0]!.code!, matches[0]!.id)).statusCode).toBe(200);
    const used = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/returns`, { ticketIds: [tickets[0]!.id], reason: 'too late' });
    expect(used.json()).toMatchObject({ status: 409, code: 'ticket_used' });
  });

  it('refuses a ticket not issued yet, and one cancelled', async () => {
    const seats = await freeSeats(t.database.db, [matches[0]!.id], 'C204', 1);
    const waiting = await boughtOrder([{ eventId: matches[0]!.id, seatIds: seats }], false);
    expect(waiting.tickets[0]!.code).toBeNull();
    const code = await codeOf(waiting.tickets[0]!.id);
    expect((await scan(code, matches[0]!.id)).json()).toMatchObject({ status: 409, code: 'ticket_not_issued' });

    await staffCall(t.app, cashier, 'POST', `/staff/orders/${waiting.orderId}/cancel`, { reason: 'called off' });
    expect((await scan(code, matches[0]!.id)).json()).toMatchObject({ status: 409, code: 'ticket_cancelled' });
  });

  it('answers an unknown or malformed code, and lets only gate staff scan', async () => {
    const unknown = await scan('AAAAAAAAAAAAAAAAAAAA', matches[0]!.id);
    expect(unknown.json()).toMatchObject({ status: 404, code: 'ticket_not_found', field: 'body.code' });
    const malformed = await scan('not-a-code', matches[0]!.id);
    expect(malformed.json()).toMatchObject({ status: 400, field: 'body.code' });
    expect((await scan('AAAAAAAAAAAAAAAAAAAA', matches[0]!.id, client)).statusCode).toBe(403);
  });

  it('admits a season ticket once to each match of its set', async () => {
    const season = await demoService(t.database.db, 'season_ticket');
    const matchIds = matches.map((m) => m.id);
    const seat = await freeSeats(t.database.db, matchIds, 'C205', 1);
    const { tickets } = await boughtOrder([{ serviceId: season.id, seatIds: seat }]);
    expect(tickets).toHaveLength(1);
    // Issuing sells the same seat in every match of the season, to the one ticket.
    const sold = await queryRows<{ event_id: string; status: string; ticket_id: string }>(
      t.database.db,
      sql`select event_id, status, ticket_id from event_seats where seat_id = ${seat[0]!} and event_id in ${matchIds}`,
    );
    expect(sold).toHaveLength(matchIds.length);
    for (const row of sold) expect(row).toMatchObject({ status: 'sold', ticket_id: tickets[0]!.id });
    const code = tickets[0]!.code!;
    expect((await scan(code, matchIds[0]!)).statusCode).toBe(200);
    expect((await scan(code, matchIds[0]!)).json().code).toBe('already_checked_in');
    expect((await scan(code, matchIds[1]!)).statusCode).toBe(200);
  });

  it('sells dance-floor places and souvenirs at issue, and admits a place to its concert', async () => {
    const concert = await demoConcert(t.database.db);
    const scarf = await demoService(t.database.db, 'addon_good', 'Шарф%');
    const { tickets } = await boughtOrder([{ eventId: concert.id, zoneId: concert.floorZoneId, quantity: 2 }, { serviceId: scarf.id, quantity: 1 }]);
    const sold = async (table: 'event_places' | 'service_units') =>
      (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.identifier(table)} where ticket_id = any(${sql.param(tickets.map((x) => x.id))}::uuid[]) and status = 'sold'`))[0]!.n;
    expect([await sold('event_places'), await sold('service_units')]).toEqual([2, 1]);
    expect((await scan(tickets[0]!.code!, concert.id)).statusCode).toBe(200);
  });
});
