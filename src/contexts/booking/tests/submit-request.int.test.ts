import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/db/types.ts';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { quoteLines } from '../../pricing/index.ts';
import { isValidBookingNumber } from '../booking-number.ts';
import { loadSaleTerms, saleTermsFromQuote } from '../sale-terms-repository.ts';
import { demoConcert, demoMatches, demoService, freeSeats, messagesAbout, post, seatStates, type DemoEvent } from './booking-fixtures.ts';

const clock = fixedClock(new Date());
const MINUTE = 60_000;

describe('submitting a request', () => {
  let t: TestApp;
  let client: LoggedIn;
  let matches: DemoEvent[];
  let match: DemoEvent;

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    client = await loginAsDemo(t.app, 'client');
    matches = await demoMatches(t.database.db);
    match = matches[0]!;
  });
  afterAll(async () => t.close());

  const submit = (who: LoggedIn, payload: unknown, headers: Record<string, string> = {}) =>
    post(t.app, '/api/requests', { ...who.headers, ...headers }, payload);

  it('holds the seats, gives a booking number and processes a small request at once', async () => {
    const seatIds = await freeSeats(t.database.db, [match.id], 'A101', 2);
    const res = await submit(client, { lines: [{ eventId: match.id, seatIds }] });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(isValidBookingNumber(body.bookingNumber)).toBe(true);
    expect(body.status).toBe('processed');
    expect(body.statusLabel).toEqual({ ru: 'Обработано', en: 'Processed' });
    expect(body.lines).toHaveLength(1);
    expect(body.lines[0]).toMatchObject({ status: 'active', seatIds, quantity: 2, eventId: match.id });
    expect(body.totalMinor).toBe(body.lines[0].amountMinor);
    expect(body.lines[0].amountMinor).toBe(2 * body.lines[0].unitPriceMinor);
    expect(body.order).toMatchObject({ bookingNumber: body.bookingNumber, status: 'formed', totalMinor: body.totalMinor, paymentStatus: 'unpaid' });
    // Processed at once: the seats wait for the client's confirmation (48 h at the demo stadium).
    expect(new Date(body.heldUntil).getTime()).toBe(clock.now().getTime() + 48 * 60 * MINUTE);
    expect(new Date(body.order.confirmDeadline).getTime()).toBe(new Date(body.heldUntil).getTime());
    const states = await seatStates(t.database.db, match.id, seatIds);
    for (const seatId of seatIds) expect(states.get(seatId)).toMatchObject({ status: 'held' });
    expect((await messagesAbout(t.database.db, body.bookingNumber)).map((m) => m.topic)).toContain('order_to_confirm');

    const order = await t.app.inject({ method: 'GET', url: `/api/my/orders/${body.order.id}`, headers: client.headers });
    expect(order.statusCode).toBe(200);
    expect(order.json().tickets.map((ticket: { seatId: string; priceMinor: number }) => [ticket.seatId, ticket.priceMinor])).toEqual(
      seatIds.map((seatId) => [seatId, body.lines[0].unitPriceMinor]),
    );
  });

  it('leaves a large request to an operator, held for the venue\'s hold time', async () => {
    const seatIds = await freeSeats(t.database.db, [match.id], 'A102', 12);
    const res = await submit(client, { lines: [{ eventId: match.id, seatIds }] });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'not_processed', order: null });
    expect(new Date(body.heldUntil).getTime()).toBe(clock.now().getTime() + 30 * MINUTE);
    const states = await seatStates(t.database.db, match.id, seatIds);
    expect([...states.values()].every((s) => s.status === 'held')).toBe(true);
    expect(new Set([...states.values()].map((s) => s.holdId)).size).toBe(1);
  });

  it('prices a corporate client\'s request by the contract, and leaves it to an operator to approve', async () => {
    const corporate = await loginAsDemo(t.app, 'corporate');
    const seatIds = await freeSeats(t.database.db, [match.id], 'A106', 2);
    const res = await submit(corporate, { lines: [{ eventId: match.id, seatIds }] });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'not_processed', order: null });
    const contract = body.lines[0].factors.find((factor: { kind: string }) => factor.kind === 'contract');
    expect(contract).toBeDefined();
    expect(body.lines[0].unitPriceMinor).toBe(contract.priceMinor);
    expect(body.lines[0].unitPriceMinor).toBeLessThan(contract.listPriceMinor);
  });

  it('answers a retry with the same idempotency key with the first result, holding nothing more', async () => {
    const seatIds = await freeSeats(t.database.db, [match.id], 'A103', 2);
    const payload = { lines: [{ eventId: match.id, seatIds }], idempotencyKey: 'retry-1' };
    const first = await submit(client, payload);
    expect(first.statusCode).toBe(201);
    const again = await submit(client, payload);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const byHeader = await submit(client, { lines: payload.lines }, { 'idempotency-key': 'retry-1' });
    expect(byHeader.statusCode).toBe(200);
    expect(byHeader.json().bookingNumber).toBe(first.json().bookingNumber);
    const [count] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from requests where idempotency_key = 'retry-1'`);
    expect(count?.n).toBe(1);
  });

  it('refuses the same idempotency key with a different request', async () => {
    const seatIds = await freeSeats(t.database.db, [match.id], 'A103', 1, 5);
    await submit(client, { lines: [{ eventId: match.id, seatIds }], idempotencyKey: 'retry-2' });
    const other = await freeSeats(t.database.db, [match.id], 'A103', 1, 6);
    const res = await submit(client, { lines: [{ eventId: match.id, seatIds: other }], idempotencyKey: 'retry-2' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'idempotency_key_reused', field: 'body.idempotencyKey' });
    expect((await seatStates(t.database.db, match.id, other)).get(other[0]!)?.status).toBe('free');
  });

  it('refuses seats someone holds, naming them, and holds nothing', async () => {
    const [taken, free] = [await freeSeats(t.database.db, [match.id], 'A104', 1), await freeSeats(t.database.db, [match.id], 'A104', 1, 1)];
    expect((await submit(client, { lines: [{ eventId: match.id, seatIds: taken }] })).statusCode).toBe(201);
    const other = await registerClient(t.app);
    const res = await submit(other, { lines: [{ eventId: match.id, seatIds: [...free, ...taken] }] });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'seats_taken', takenSeats: [{ eventId: match.id, seatId: taken[0] }], field: 'lines.0.seatIds.1' });
    expect((await seatStates(t.database.db, match.id, free)).get(free[0]!)?.status).toBe('free');
    const mine = await t.app.inject({ method: 'GET', url: '/api/my/requests', headers: other.headers });
    expect(mine.json().total).toBe(0);
  });

  it('holds a season ticket\'s seat in every match, or in none', async () => {
    const season = await demoService(t.database.db, 'season_ticket');
    const matchIds = matches.map((m) => m.id);
    const [seat, blocked] = [await freeSeats(t.database.db, matchIds, 'B101', 1), await freeSeats(t.database.db, matchIds, 'B101', 1, 1)];
    const res = await submit(client, { lines: [{ serviceId: season.id, seatIds: seat }] });
    expect(res.statusCode).toBe(201);
    for (const eventId of matchIds) expect((await seatStates(t.database.db, eventId, seat)).get(seat[0]!)?.status).toBe('held');

    // Someone holds the other seat in the third match only: the season ticket for it holds nothing anywhere.
    const other = await registerClient(t.app);
    expect((await submit(other, { lines: [{ eventId: matchIds[2], seatIds: blocked }] })).statusCode).toBe(201);
    const refused = await submit(client, { lines: [{ serviceId: season.id, seatIds: blocked }] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().takenSeats).toEqual([{ eventId: matchIds[2], seatId: blocked[0] }]);
    for (const eventId of matchIds.filter((id) => id !== matchIds[2])) {
      expect((await seatStates(t.database.db, eventId, blocked)).get(blocked[0]!)?.status).toBe('free');
    }
  });

  it('holds places on a dance floor and units of a souvenir', async () => {
    const concert = await demoConcert(t.database.db);
    const scarf = await demoService(t.database.db, 'addon_good', 'Шарф%');
    const res = await submit(client, { lines: [{ eventId: concert.id, zoneId: concert.floorZoneId, quantity: 3 }, { serviceId: scarf.id, quantity: 2 }] });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.status).toBe('processed');
    const [places] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from event_places where event_id = ${concert.id} and status = 'held'`);
    const [units] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from service_units where service_id = ${scarf.id} and status = 'held'`);
    expect([places?.n, units?.n]).toEqual([3, 2]);
    const order = (await t.app.inject({ method: 'GET', url: `/api/my/orders/${body.order.id}`, headers: client.headers })).json();
    expect(order.tickets.map((ticket: { placeNo: number | null; unitNo: number | null }) => [ticket.placeNo, ticket.unitNo])).toEqual([
      [1, null],
      [2, null],
      [3, null],
      [null, 1],
      [null, 2],
    ]);
  });

  it('answers bad lines with the field at fault, and holds nothing', async () => {
    const unknown = await submit(client, { lines: [{ eventId: '00000000-0000-4000-8000-000000000000', seatIds: ['00000000-0000-4000-8000-000000000001'] }] });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'event_not_found', field: 'lines.0.eventId' });
    const malformed = await submit(client, { lines: [{ eventId: 'nope', seatIds: [] }] });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().field).toMatch(/^body\.lines/);
    const empty = await submit(client, { lines: [] });
    expect(empty.statusCode).toBe(400);
  });

  it('is for clients only', async () => {
    const seatIds = await freeSeats(t.database.db, [match.id], 'A105', 1);
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/requests', payload: { lines: [{ eventId: match.id, seatIds }] } });
    expect(anonymous.statusCode).toBe(401);
    const operator = await loginAsDemo(t.app, 'operator');
    expect((await submit(operator, { lines: [{ eventId: match.id, seatIds }] })).statusCode).toBe(403);
  });

  it('shows a client their own requests only', async () => {
    const seatIds = await freeSeats(t.database.db, [match.id], 'A105', 1, 1);
    const mine = (await submit(client, { lines: [{ eventId: match.id, seatIds }] })).json();
    const own = await t.app.inject({ method: 'GET', url: `/api/my/requests/${mine.id}`, headers: client.headers });
    expect(own.statusCode).toBe(200);
    expect(own.json().history.map((h: { to: string }) => h.to)).toEqual(['not_processed', 'processed']);
    expect(own.json().history[0].toLabel).toEqual({ ru: 'Ещё не обрабатывалась', en: 'Not processed yet' });
    const stranger = await registerClient(t.app);
    for (const url of [`/api/my/requests/${mine.id}`, `/api/my/orders/${mine.order.id}`]) {
      const res = await t.app.inject({ method: 'GET', url, headers: stranger.headers });
      expect(res.statusCode).toBe(404);
    }
    const list = (await t.app.inject({ method: 'GET', url: '/api/my/requests?limit=100', headers: client.headers })).json();
    expect(list.items.some((item: { id: string }) => item.id === mine.id)).toBe(true);
    expect(list.items.every((item: { clientId: string }) => item.clientId === mine.clientId)).toBe(true);
  });

  it('takes the sale terms of event lines from the quote, the same as the catalog says', async () => {
    const concert = await demoConcert(t.database.db);
    const lines = [
      { eventId: matches[1]!.id, seatIds: await freeSeats(t.database.db, [matches[1]!.id], 'A103', 1) },
      { eventId: match.id, seatIds: await freeSeats(t.database.db, [match.id], 'A103', 1) },
      { eventId: concert.id, zoneId: concert.floorZoneId, quantity: 1 },
    ];
    const eventIds = lines.map((line) => line.eventId);
    const quoted = await quoteLines(t.database.db, { lines, clientId: null, now: clock.now() });
    const fromQuote = saleTermsFromQuote(eventIds, quoted.events);
    expect(fromQuote).not.toBeNull();
    expect(fromQuote).toEqual(await loadSaleTerms(t.database.db, { eventIds, serviceIds: [] }));
    expect(saleTermsFromQuote([...eventIds, '00000000-0000-7000-8000-000000000000'], quoted.events)).toBeNull();
  });
});
