import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/db/types.ts';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { call, expectLedgerHolds, key, orderOf } from './payment-fixtures.ts';

describe('payments at the box office', () => {
  const clock = fixedClock(new Date());
  let t: TestApp;
  let client: LoggedIn;
  let cashier: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    client = await registerClient(t.app);
    cashier = await loginAsDemo(t.app, 'cashier');
  });
  afterAll(async () => t.close());

  const pay = (orderId: string, body: Record<string, unknown>) => call(t.app, 'POST', `/staff/orders/${orderId}/payments`, cashier, body);
  const myOrder = async (orderId: string) => (await call(t.app, 'GET', `/my/orders/${orderId}`, client)).json();

  it('takes an order in two parts: unpaid, partially paid, paid', async () => {
    const order = await orderOf(t.app, t.database.db, client, { seats: 2 });
    expect(order.totalMinor).toBeGreaterThan(1);
    expect((await myOrder(order.id)).paymentStatus).toBe('unpaid');
    const first = Math.floor(order.totalMinor / 3);

    const part = await pay(order.id, { kind: 'cash', amountMinor: first, pointOfSale: 'Касса 1', idempotencyKey: key() });
    expect(part.statusCode, part.body).toBe(201);
    expect(part.json()).toMatchObject({
      payment: { kind: 'cash', kindLabel: { ru: 'Наличный расчёт' }, amountMinor: first, source: 'box_office', pointOfSale: 'Касса 1' },
      order: { paidMinor: first, remainingMinor: order.totalMinor - first, paymentStatus: 'partially_paid' },
    });
    expect(await myOrder(order.id)).toMatchObject({ paidMinor: first, paymentStatus: 'partially_paid' });

    const rest = await pay(order.id, { kind: 'card', amountMinor: order.totalMinor - first, idempotencyKey: key() });
    expect(rest.statusCode, rest.body).toBe(201);
    expect(rest.json().order).toMatchObject({ paidMinor: order.totalMinor, remainingMinor: 0, paymentStatus: 'paid' });
    expect(await myOrder(order.id)).toMatchObject({ paidMinor: order.totalMinor, paymentStatus: 'paid', status: 'processed' });

    const listed = (await call(t.app, 'GET', `/staff/orders/${order.id}/payments`, cashier)).json();
    expect(listed.payments.map((p: { kind: string; amountMinor: number }) => [p.kind, p.amountMinor])).toEqual([
      ['cash', first],
      ['card', order.totalMinor - first],
    ]);
    const messages = await queryRows<{ topic: string; data: { amountKopecks: number; outstandingKopecks: number } }>(
      t.database.db,
      sql`select topic, data from outbox_messages where booking_number = ${order.bookingNumber} and topic = 'payment_received' order by created_at, id`,
    );
    expect(messages.map((m) => [m.data.amountKopecks, m.data.outstandingKopecks])).toEqual([
      [first, order.totalMinor - first],
      [order.totalMinor - first, 0],
    ]);
    const audit = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where entity_id = ${order.id} and action like 'payment.%'`);
    expect(audit).toHaveLength(2);

    const more = await pay(order.id, { kind: 'cash', amountMinor: 100, idempotencyKey: key() });
    expect(more.statusCode).toBe(409);
    expect(more.json()).toMatchObject({ code: 'order_already_paid' });
    await expectLedgerHolds(t.database.db);
  });

  it('refuses more than is left, naming the amount, and takes nothing', async () => {
    const order = await orderOf(t.app, t.database.db, client);
    const res = await pay(order.id, { kind: 'cash', amountMinor: order.totalMinor + 1, idempotencyKey: key() });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'overpayment', field: 'body.amountMinor', remainingMinor: order.totalMinor });
    expect(await myOrder(order.id)).toMatchObject({ paidMinor: 0, paymentStatus: 'unpaid' });
  });

  it('answers a retry with the first result and takes the money once; another request under the key is refused', async () => {
    const order = await orderOf(t.app, t.database.db, client);
    const body = { kind: 'receipt_order', amountMinor: 100, note: 'ПКО 17', idempotencyKey: key() };
    const first = await pay(order.id, body);
    const again = await pay(order.id, body);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await myOrder(order.id)).toMatchObject({ paidMinor: 100 });
    const other = await pay(order.id, { ...body, amountMinor: 200 });
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'idempotency_key_reused', field: 'body.idempotencyKey' });
    expect(await myOrder(order.id)).toMatchObject({ paidMinor: 100 });
  });

  it('takes no money for an order not confirmed yet, nor for an unknown one', async () => {
    const formed = await orderOf(t.app, t.database.db, client, { confirm: false });
    const res = await pay(formed.id, { kind: 'cash', amountMinor: 100, idempotencyKey: key() });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'order_not_payable', currentStatus: 'formed' });
    const unknown = await pay('00000000-0000-4000-8000-000000000000', { kind: 'cash', amountMinor: 100, idempotencyKey: key() });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'order_not_found', field: 'params.orderId' });
  });

  it('refuses bad input with the field at fault, and anyone but a cashier', async () => {
    const order = await orderOf(t.app, t.database.db, client);
    const internal = await pay(order.id, { kind: 'internal_account', amountMinor: 100, idempotencyKey: key() });
    expect(internal.statusCode).toBe(400);
    expect(internal.json().field).toBe('body.kind');
    const zero = await pay(order.id, { kind: 'cash', amountMinor: 0, idempotencyKey: key() });
    expect(zero.json()).toMatchObject({ status: 400, field: 'body.amountMinor' });
    const noKey = await pay(order.id, { kind: 'cash', amountMinor: 100 });
    expect(noKey.json()).toMatchObject({ status: 400, field: 'body.idempotencyKey' });
    const byClient = await call(t.app, 'POST', `/staff/orders/${order.id}/payments`, client, { kind: 'cash', amountMinor: 100, idempotencyKey: key() });
    expect(byClient.statusCode).toBe(403);
    await expectLedgerHolds(t.database.db);
  });
});
