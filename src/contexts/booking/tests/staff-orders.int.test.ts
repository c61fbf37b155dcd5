import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn, type RegisteredClient } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { generateBookingNumber } from '../booking-number.ts';
import { demoMatches, freeSeats, post, type DemoEvent } from './booking-fixtures.ts';
import { eventStartsAt, pay, staffCall } from './ticket-fixtures.ts';

// The staff order list: filters, paging, the count of each status; one order in full.

describe('the staff order list', () => {
  const clock = fixedClock(new Date());
  let t: TestApp;
  let alice: RegisteredClient;
  let bob: RegisteredClient;
  let cashier: LoggedIn;
  let manager: LoggedIn;
  let match: DemoEvent;
  let other: DemoEvent;
  const made: Record<string, { id: string; bookingNumber: string }> = {};
  const started = clock.now();

  async function order(who: LoggedIn, event: DemoEvent, zone: string, confirm: boolean) {
    const seats = await freeSeats(t.database.db, [event.id], zone, 1);
    const res = await post(t.app, '/api/requests', who.headers, { lines: [{ eventId: event.id, seatIds: seats }] });
    const { id, totalMinor } = res.json().order as { id: string; totalMinor: number };
    if (confirm) await post(t.app, `/api/orders/${id}/confirm`, who.headers);
    clock.advance(1000); // newest first is then a fact, not a tie
    return { id, bookingNumber: res.json().bookingNumber as string, totalMinor };
  }

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    alice = await registerClient(t.app);
    bob = await registerClient(t.app);
    cashier = await loginAsDemo(t.app, 'cashier');
    manager = await loginAsDemo(t.app, 'manager');
    [match, other] = (await demoMatches(t.database.db)) as [DemoEvent, DemoEvent];
    // alice: one formed, one paid in cash and issued; bob: one paid by card (other match).
    made.formed = await order(alice, match, 'D201', false);
    const cash = await order(alice, match, 'D201', true);
    await pay(t.app, cashier, cash.id, 'cash', cash.totalMinor);
    await staffCall(t.app, cashier, 'POST', `/staff/orders/${cash.id}/issue`);
    made.cash = cash;
    const card = await order(bob, other, 'D202', true);
    await pay(t.app, cashier, card.id, 'card', 100);
    made.card = card;
  });
  afterAll(async () => t.close());

  const list = async (query: string, who: LoggedIn = manager) => {
    const res = await staffCall(t.app, who, 'GET', `/staff/orders?${query}`);
    expect(res.statusCode).toBe(200);
    return res.json() as { items: { id: string; status: string; ticketCount: number }[]; total: number; countsByStatus: Record<string, number> };
  };
  const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id).sort();

  it('lists every order, newest first, with the count of each status whatever the status filter', async () => {
    const all = await list('');
    expect(all.items.map((item) => item.id)).toEqual([made.card!.id, made.cash!.id, made.formed!.id]);
    expect(all.total).toBe(3);
    expect(all.countsByStatus).toMatchObject({ formed: 1, issued: 1, processed: 1, cancelled: 0 });
    const issued = await list('status=issued');
    expect(issued.items.map((item) => item.id)).toEqual([made.cash!.id]);
    expect(issued.countsByStatus).toEqual(all.countsByStatus);
    expect(issued.items[0]).toMatchObject({ clientId: alice.clientId, ticketCount: 1, paymentStatus: 'paid' });
  });

  it('filters by payment status and by the kind of a payment', async () => {
    expect(ids(await list('paymentStatus=unpaid'))).toEqual([made.formed!.id]);
    expect(ids(await list('paymentStatus=partially_paid'))).toEqual([made.card!.id]);
    expect(ids(await list('paymentKind=cash'))).toEqual([made.cash!.id]);
    expect(ids(await list('paymentKind=card'))).toEqual([made.card!.id]);
    expect((await list('paymentKind=receipt_order')).total).toBe(0);
  });

  it('filters by client, booking number (as typed), creation time and event date', async () => {
    expect(ids(await list(`clientId=${bob.clientId}`))).toEqual([made.card!.id]);
    const typed = made.cash!.bookingNumber.toLowerCase();
    expect(ids(await list(`bookingNumber=${typed}`))).toEqual([made.cash!.id]);
    const at = (ms: number) => encodeURIComponent(new Date(started.getTime() + ms).toISOString());
    expect((await list(`createdFrom=${at(0)}`)).total).toBe(3);
    expect((await list(`createdTo=${at(0)}`)).total).toBe(0);
    expect(ids(await list(`createdFrom=${at(1000)}&createdTo=${at(2000)}`))).toEqual([made.cash!.id]);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(await eventStartsAt(t.database.db, other.id));
    expect(ids(await list(`eventDate=${day}`))).toEqual([made.card!.id]);
  });

  it('pages', async () => {
    const first = await list('limit=2');
    const second = await list('limit=2&offset=2');
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual([made.card!.id, made.cash!.id, made.formed!.id]);
    expect(second.total).toBe(3);
  });

  it('refuses a bad filter naming it, and is for staff only', async () => {
    const bad = await staffCall(t.app, manager, 'GET', '/staff/orders?paymentKind=barter');
    expect(bad.json()).toMatchObject({ status: 400, field: 'query.paymentKind' });
    expect((await staffCall(t.app, alice, 'GET', '/staff/orders')).statusCode).toBe(403);
    for (const role of ['operator', 'cashier', 'admin'] as const) expect((await list('', await loginAsDemo(t.app, role))).total).toBe(3);
  });

  it('shows one order with its tickets, payments and history', async () => {
    const detail = await staffCall(t.app, manager, 'GET', `/staff/orders/${made.cash!.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ id: made.cash!.id, clientId: alice.clientId, status: 'issued', paymentStatus: 'paid' });
    expect(detail.json().payments).toMatchObject([{ kind: 'cash', source: 'box_office' }]);
    expect(detail.json().tickets[0]).toMatchObject({ status: 'issued', code: expect.any(String) });
    expect(detail.json().history.map((h: { to: string }) => h.to)).toEqual(['formed', 'processed', 'issued']);
    const missing = await staffCall(t.app, manager, 'GET', '/staff/orders/00000000-0000-4000-8000-000000000000');
    expect(missing.json()).toMatchObject({ status: 404, code: 'order_not_found', field: 'params.orderId' });
    const unknown = await staffCall(t.app, cashier, 'GET', `/staff/orders/by-booking-number/${generateBookingNumber()}`);
    expect(unknown.json()).toMatchObject({ status: 404, code: 'order_not_found', field: 'params.bookingNumber' });
  });
});
