import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/db/types.ts';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { demoConcert, demoMatches, freeSeats, messagesAbout, post, seatStates, type DemoEvent } from './booking-fixtures.ts';

const clock = fixedClock(new Date());

describe('an operator processing requests', () => {
  let t: TestApp;
  let client: LoggedIn;
  let operator: LoggedIn;
  let match: DemoEvent;

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    client = await registerClient(t.app);
    operator = await loginAsDemo(t.app, 'operator');
    match = (await demoMatches(t.database.db))[1]!;
  });
  afterAll(async () => t.close());

  const staff = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({ method, url: `/api/staff/requests${url}`, headers: operator.headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  /** A request of a group (12 seats) and a pair: too large for the automatic rules. */
  async function submitLarge(zone: string, skip = 0) {
    const group = await freeSeats(t.database.db, [match.id], zone, 12, skip);
    const pair = await freeSeats(t.database.db, [match.id], zone, 2, skip + 12);
    const res = await post(t.app, '/api/requests', client.headers, { lines: [{ eventId: match.id, seatIds: group }, { eventId: match.id, seatIds: pair }] });
    expect(res.statusCode).toBe(201);
    expect(res.json().status).toBe('not_processed');
    return { request: res.json(), group, pair };
  }

  it('takes, adjusts, processes; the client confirms', async () => {
    const { request, group, pair } = await submitLarge('C101');
    const queue = (await staff('GET', '?status=not_processed')).json();
    expect(queue.items.map((item: { id: string }) => item.id)).toContain(request.id);
    expect(queue.countsByStatus.not_processed).toBeGreaterThanOrEqual(1);
    expect((await staff('GET', `?bookingNumber=${request.bookingNumber}`)).json().items).toHaveLength(1);

    const taken = await staff('POST', `/${request.id}/take`);
    expect(taken.statusCode).toBe(200);
    expect(taken.json()).toMatchObject({ status: 'in_processing', assignedTo: operator.userId });
    const again = await staff('POST', `/${request.id}/take`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'illegal_transition', currentStatus: 'in_processing' });

    // Other seats for the pair: the new ones are held, the old ones are on sale again.
    const [pairLine, groupLine] = [request.lines[1], request.lines[0]];
    const moved = await freeSeats(t.database.db, [match.id], 'C101', 2, 40);
    const adjusted = await staff('PATCH', `/${request.id}/lines/${pairLine.id}`, { seatIds: moved });
    expect(adjusted.statusCode).toBe(200);
    expect(adjusted.json().lines[1]).toMatchObject({ seatIds: moved, quantity: 2 });
    const states = await seatStates(t.database.db, match.id, [...pair, ...moved]);
    expect(pair.map((s) => states.get(s)?.status)).toEqual(['free', 'free']);
    expect(moved.map((s) => states.get(s)?.status)).toEqual(['held', 'held']);
    expect(adjusted.json().holds.filter((h: { seatId: string }) => moved.includes(h.seatId))).toHaveLength(2);

    // A price of the operator's own, with a reason, for the group.
    const priced = await staff('PATCH', `/${request.id}/lines/${groupLine.id}`, { priceOverrideMinor: 100_000, reason: 'group discount agreed by phone' });
    expect(priced.statusCode).toBe(200);
    expect(priced.json().lines[0]).toMatchObject({ unitPriceMinor: 100_000, amountMinor: 1_200_000, priceOverride: { unitPriceMinor: 100_000, reason: 'group discount agreed by phone' } });
    const total = priced.json().totalMinor;
    expect(total).toBe(1_200_000 + adjusted.json().lines[1].amountMinor);

    const processed = await staff('POST', `/${request.id}/process`, {});
    expect(processed.statusCode).toBe(200);
    expect(processed.json()).toMatchObject({ status: 'processed', order: { status: 'formed', totalMinor: total, bookingNumber: request.bookingNumber } });
    const orderId = processed.json().order.id;
    const order = (await t.app.inject({ method: 'GET', url: `/api/my/orders/${orderId}`, headers: client.headers })).json();
    expect(order.tickets).toHaveLength(14);
    expect(order.tickets.slice(0, 12).every((ticket: { priceMinor: number }) => ticket.priceMinor === 100_000)).toBe(true);
    expect(order.tickets.map((ticket: { seatId: string }) => ticket.seatId)).toEqual([...group, ...moved]);
    expect((await messagesAbout(t.database.db, request.bookingNumber)).map((m) => m.topic)).toContain('order_to_confirm');

    const confirmed = await post(t.app, `/api/orders/${orderId}/confirm`, client.headers);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'processed', statusLabel: { ru: 'Обработан', en: 'Processed' }, paymentStatus: 'unpaid' });
    expect(confirmed.json().history.map((h: { to: string }) => h.to)).toEqual(['formed', 'processed']);
    expect(confirmed.json().tickets.every((ticket: { priceMinor: number }, i: number) => ticket.priceMinor === order.tickets[i].priceMinor)).toBe(true);
    const detail = (await staff('GET', `/${request.id}`)).json();
    expect(detail.history.map((h: { to: string }) => h.to)).toEqual(['not_processed', 'in_processing', 'processed']);
  });

  it('refuses a line with a reason and forms the order of the rest', async () => {
    const { request, pair } = await submitLarge('C102');
    const refused = await staff('PATCH', `/${request.id}/lines/${request.lines[1].id}`, { remove: true, reason: 'seats reserved for the press' });
    expect(refused.statusCode).toBe(200);
    expect(refused.json().lines[1]).toMatchObject({ status: 'refused', refusedReason: 'seats reserved for the press' });
    expect(refused.json().totalMinor).toBe(request.lines[0].amountMinor);
    const states = await seatStates(t.database.db, match.id, pair);
    expect(pair.map((s) => states.get(s)?.status)).toEqual(['free', 'free']);
    // Processed straight from the queue, without taking it first.
    const processed = await staff('POST', `/${request.id}/process`);
    expect(processed.statusCode).toBe(200);
    expect(processed.json().order.totalMinor).toBe(request.lines[0].amountMinor);
  });

  it('changes the number of dance-floor places: fewer go back on sale, more are claimed', async () => {
    const concert = await demoConcert(t.database.db);
    const heldPlaces = async (holdOf: string) => {
      const [row] = await queryRows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from event_places where event_id = ${concert.id} and status = 'held' and hold_id = (select hold_id from requests where id = ${holdOf})`,
      );
      return row?.n;
    };
    const res = await post(t.app, '/api/requests', client.headers, { lines: [{ eventId: concert.id, zoneId: concert.floorZoneId, quantity: 12 }] });
    expect(res.json().status).toBe('not_processed');
    const request = res.json();
    expect(await heldPlaces(request.id)).toBe(12);
    const fewer = await staff('PATCH', `/${request.id}/lines/${request.lines[0].id}`, { quantity: 8 });
    expect(fewer.statusCode).toBe(200);
    expect(fewer.json().lines[0]).toMatchObject({ quantity: 8, amountMinor: 8 * request.lines[0].unitPriceMinor });
    expect(await heldPlaces(request.id)).toBe(8);
    const more = await staff('PATCH', `/${request.id}/lines/${request.lines[0].id}`, { quantity: 14 });
    expect(more.statusCode).toBe(200);
    expect(await heldPlaces(request.id)).toBe(14);
    const processed = await staff('POST', `/${request.id}/process`);
    const order = (await t.app.inject({ method: 'GET', url: `/api/my/orders/${processed.json().order.id}`, headers: client.headers })).json();
    expect(order.tickets).toHaveLength(14);
    expect(new Set(order.tickets.map((ticket: { placeNo: number }) => ticket.placeNo)).size).toBe(14);
  });

  it('needs a reason to refuse a line or to set a price', async () => {
    const { request } = await submitLarge('C103');
    const res = await staff('PATCH', `/${request.id}/lines/${request.lines[0].id}`, { remove: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('body.reason');
    const unknownLine = await staff('PATCH', `/${request.id}/lines/${request.id}`, { quantity: 2 });
    expect(unknownLine.statusCode).toBe(404);
    expect(unknownLine.json().code).toBe('request_line_not_found');
  });

  it('rejects a request with a reason: its seats go back on sale and the client is told', async () => {
    const { request, group, pair } = await submitLarge('C104');
    const res = await staff('POST', `/${request.id}/reject`, { reason: 'the sector is closed for repairs' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', reason: 'the sector is closed for repairs', order: null });
    const states = await seatStates(t.database.db, match.id, [...group, ...pair]);
    expect([...states.values()].every((s) => s.status === 'free')).toBe(true);
    const message = (await messagesAbout(t.database.db, request.bookingNumber)).find((m) => m.topic === 'request_rejected');
    expect(message?.data).toMatchObject({ bookingNumber: request.bookingNumber, reason: 'the sector is closed for repairs' });
    const late = await staff('POST', `/${request.id}/process`);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'illegal_transition', currentStatus: 'rejected' });
    const mine = (await t.app.inject({ method: 'GET', url: `/api/my/requests/${request.id}`, headers: client.headers })).json();
    expect(mine.history.at(-1)).toMatchObject({ to: 'rejected', reason: 'the sector is closed for repairs', toLabel: { ru: 'Отказано полностью', en: 'Rejected' } });
  });

  it('puts a request back in the queue', async () => {
    const { request } = await submitLarge('C105');
    await staff('POST', `/${request.id}/take`);
    const released = await staff('POST', `/${request.id}/release`);
    expect(released.json()).toMatchObject({ status: 'not_processed', assignedTo: null });
  });

  it('is for operators only, and names unknown requests', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/staff/requests', headers: client.headers })).statusCode).toBe(403);
    const cashier = await loginAsDemo(t.app, 'cashier');
    expect((await t.app.inject({ method: 'GET', url: '/api/staff/requests', headers: cashier.headers })).statusCode).toBe(403);
    const missing = await staff('GET', '/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('request_not_found');
  });
});
