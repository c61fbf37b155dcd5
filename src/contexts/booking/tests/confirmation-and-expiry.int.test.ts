import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAs, registerClient, type RegisteredClient } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { createConfirmationToken, expireBookings } from '../index.ts';
import { demoMatches, freeSeats, messagesAbout, post, seatsOnSale, seatStates, type DemoEvent } from './booking-fixtures.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('confirmation, deadlines and expiry', () => {
  const clock = fixedClock(new Date());
  let t: TestApp;
  let client: RegisteredClient;
  let match: DemoEvent;

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    client = await registerClient(t.app);
    match = (await demoMatches(t.database.db)).at(-1)!;
  });
  afterAll(async () => t.close());

  async function submit(zone: string, count: number, skip = 0) {
    const seatIds = await freeSeats(t.database.db, [match.id], zone, count, skip);
    const res = await post(t.app, '/api/requests', client.headers, { lines: [{ eventId: match.id, seatIds }] });
    expect(res.statusCode).toBe(201);
    return { request: res.json(), seatIds };
  }

  const confirmByLink = (token: string) => t.app.inject({ method: 'GET', url: `/api/orders/confirm?token=${encodeURIComponent(token)}` });

  it('confirms by the link in the message; a second click changes nothing', async () => {
    const { request } = await submit('D101', 2);
    const message = (await messagesAbout(t.database.db, request.bookingNumber)).find((m) => m.topic === 'order_to_confirm');
    const url = new URL(String(message?.data.confirmUrl));
    expect(url.pathname).toBe('/api/orders/confirm');
    const res = await t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ bookingNumber: request.bookingNumber, status: 'processed', statusLabel: { ru: 'Обработан', en: 'Processed' }, alreadyConfirmed: false });
    const twice = await t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
    expect(twice.json()).toMatchObject({ status: 'processed', alreadyConfirmed: true });
    expect((await messagesAbout(t.database.db, request.bookingNumber)).map((m) => m.topic)).toContain('order_confirmed');
  });

  it('refuses a tampered link and an expired one', async () => {
    const { request } = await submit('D101', 1, 10);
    const token = createConfirmationToken(t.deps.config, request.order.id, new Date(clock.now().getTime() + HOUR));
    const [id, expires, signature] = token.split('.') as [string, string, string];
    const tampered = await confirmByLink(`${id}.${Number(expires) + 86_400}.${signature}`);
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json()).toMatchObject({ code: 'confirmation_link_invalid', field: 'query.token' });
    const expired = await confirmByLink(createConfirmationToken(t.deps.config, request.order.id, new Date(clock.now().getTime() - MINUTE)));
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('confirmation_link_expired');
    const order = (await t.app.inject({ method: 'GET', url: `/api/my/orders/${request.order.id}`, headers: client.headers })).json();
    expect(order.status).toBe('formed');
  });

  it('lets only the order\'s own client confirm it in the account', async () => {
    const { request } = await submit('D101', 1, 12);
    const stranger = await registerClient(t.app);
    const res = await post(t.app, `/api/orders/${request.order.id}/confirm`, stranger.headers);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('order_not_found');
    expect((await post(t.app, `/api/orders/${request.order.id}/confirm`, client.headers)).statusCode).toBe(200);
  });

  it('lets the client cancel an unpaid order: its seats go back on sale', async () => {
    const { request, seatIds } = await submit('D101', 2, 14);
    const res = await post(t.app, `/api/my/orders/${request.order.id}/cancel`, client.headers, { reason: 'plans changed' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', reason: 'plans changed' });
    expect(res.json().tickets.every((ticket: { status: string }) => ticket.status === 'cancelled')).toBe(true);
    expect(await seatsOnSale(t.database.db, match.id, seatIds, clock.now())).toEqual([true, true]);
    const again = await post(t.app, `/api/my/orders/${request.order.id}/cancel`, client.headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().currentStatus).toBe('cancelled');
  });

  it('rejects a request whose hold lapsed before processing, and puts its seats back on sale', async () => {
    const { request, seatIds } = await submit('D102', 11);
    expect(request.status).toBe('not_processed');
    clock.advance(31 * MINUTE);
    try {
      expect(await seatsOnSale(t.database.db, match.id, seatIds, clock.now())).toEqual(seatIds.map(() => true));
      expect(await expireBookings(t.deps, clock.now())).toBeGreaterThanOrEqual(1);
      const mine = (await t.app.inject({ method: 'GET', url: `/api/my/requests/${request.id}`, headers: client.headers })).json();
      expect(mine).toMatchObject({ status: 'rejected', reason: 'hold_expired' });
      expect(mine.history.at(-1)).toMatchObject({ to: 'rejected', actorKind: 'system', reason: 'hold_expired' });
      const states = await seatStates(t.database.db, match.id, seatIds);
      expect([...states.values()].every((s) => s.status === 'free')).toBe(true);
      expect((await messagesAbout(t.database.db, request.bookingNumber)).map((m) => m.topic)).toContain('hold_expired');
      // A second run finds nothing more to do for it.
      await expireBookings(t.deps, clock.now());
      expect((await messagesAbout(t.database.db, request.bookingNumber)).filter((m) => m.topic === 'hold_expired')).toHaveLength(1);
    } finally {
      clock.advance(-31 * MINUTE);
    }
  });

  it('reminds once before the deadline, then cancels an order nobody confirmed', async () => {
    const { request, seatIds } = await submit('D103', 2);
    const start = clock.now();
    try {
      clock.set(new Date(start.getTime() + 47.5 * HOUR));
      await expireBookings(t.deps, clock.now());
      await expireBookings(t.deps, clock.now());
      const reminders = (await messagesAbout(t.database.db, request.bookingNumber)).filter((m) => m.topic === 'hold_expiring');
      expect(reminders).toHaveLength(1);
      expect(String(reminders[0]?.data.confirmUrl)).toContain('/api/orders/confirm?token=');

      clock.set(new Date(start.getTime() + 48 * HOUR + MINUTE));
      await expireBookings(t.deps, clock.now());
      client = { ...client, ...(await loginAs(t.app, client.clientCode, client.password)) }; // two days on, the session has lapsed
      const order = (await t.app.inject({ method: 'GET', url: `/api/my/orders/${request.order.id}`, headers: client.headers })).json();
      expect(order).toMatchObject({ status: 'cancelled', reason: 'confirmation_deadline_passed' });
      expect(order.tickets.every((ticket: { status: string }) => ticket.status === 'cancelled')).toBe(true);
      const states = await seatStates(t.database.db, match.id, seatIds);
      expect([...states.values()].every((s) => s.status === 'free')).toBe(true);
      const late = await post(t.app, `/api/orders/${request.order.id}/confirm`, client.headers);
      expect(late.statusCode).toBe(409);
      expect(late.json().currentStatus).toBe('cancelled');
    } finally {
      clock.set(start);
    }
  });
});
