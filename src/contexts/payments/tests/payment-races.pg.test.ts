import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/db/types.ts';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn, type RegisteredClient } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { payOrderOnline } from '../online/pay-order-online.ts';
import { call, expectLedgerHolds, key, newCardNumber, orderOf, type ConfirmedOrder } from './payment-fixtures.ts';

// Races only a real server shows: payments in parallel transactions on one account or order.

describe('payments racing on PostgreSQL', () => {
  const clock = fixedClock(new Date());
  let t: TestApp;
  let cashier: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    cashier = await loginAsDemo(t.app, 'cashier');
  });
  afterAll(async () => t.close());

  async function clientWithCard(balanceMinor: number): Promise<{ client: RegisteredClient; card: string }> {
    const client = await registerClient(t.app);
    const card = newCardNumber();
    expect((await call(t.app, 'POST', `/staff/clients/${client.clientId}/cards`, cashier, { cardNumber: card })).statusCode).toBe(201);
    if (balanceMinor > 0) {
      const topUp = await call(t.app, 'POST', `/staff/clients/${client.clientId}/top-ups`, cashier, { kind: 'cash', amountMinor: balanceMinor, idempotencyKey: key() });
      expect(topUp.statusCode, topUp.body).toBe(201);
    }
    return { client, card };
  }

  const balanceOf = async (client: LoggedIn) => (await call(t.app, 'GET', '/my/account', client)).json().balanceMinor as number;
  const counts = async () =>
    (await queryRows<Record<string, number>>(
      t.database.db,
      sql`select (select count(*)::int from ledger_transactions) as transactions, (select count(*)::int from ledger_entries) as entries,
                 (select count(*)::int from payments) as payments, (select count(*)::int from outbox_messages where topic = 'payment_received') as messages,
                 (select count(*)::int from audit_log where action = 'payment.received') as audits`,
    ))[0];

  it('lets exactly one of two payments through when together they exceed the balance', async () => {
    for (let round = 0; round < 3; round += 1) {
      const owner = await registerClient(t.app);
      const [a, b] = [await orderOf(t.app, t.database.db, owner, { zone: 'A102' }), await orderOf(t.app, t.database.db, owner, { zone: 'A102' })] as [ConfirmedOrder, ConfirmedOrder];
      const card = newCardNumber();
      await call(t.app, 'POST', `/staff/clients/${owner.clientId}/cards`, cashier, { cardNumber: card });
      const start = a.totalMinor + b.totalMinor - 1;
      await call(t.app, 'POST', `/staff/clients/${owner.clientId}/top-ups`, cashier, { kind: 'card', amountMinor: start, idempotencyKey: key() });

      const answers = await Promise.all([a, b].map((order) => call(t.app, 'POST', `/my/orders/${order.id}/pay`, owner, { cardNumber: card, idempotencyKey: key() })));
      const codes = answers.map((res) => (res.statusCode === 201 ? 'paid' : res.json().code)).sort();
      expect(codes).toEqual(['insufficient_funds', 'paid']);
      const winner = answers[0]!.statusCode === 201 ? a : b;
      expect(await balanceOf(owner)).toBe(start - winner.totalMinor);
    }
    await expectLedgerHolds(t.database.db);
  });

  it('lets through exactly as many of many parallel payments as the balance covers', async () => {
    const owner = await registerClient(t.app);
    const orders: ConfirmedOrder[] = [];
    for (let i = 0; i < 8; i += 1) orders.push(await orderOf(t.app, t.database.db, owner, { zone: 'A103' }));
    const price = orders[0]!.totalMinor;
    expect(orders.every((order) => order.totalMinor === price)).toBe(true);
    const card = newCardNumber();
    await call(t.app, 'POST', `/staff/clients/${owner.clientId}/cards`, cashier, { cardNumber: card });
    await call(t.app, 'POST', `/staff/clients/${owner.clientId}/top-ups`, cashier, { kind: 'cash', amountMinor: 3 * price + Math.floor(price / 2), idempotencyKey: key() });

    const answers = await Promise.all(orders.map((order) => call(t.app, 'POST', `/my/orders/${order.id}/pay`, owner, { cardNumber: card, idempotencyKey: key() })));
    expect(answers.filter((res) => res.statusCode === 201)).toHaveLength(3);
    expect(answers.filter((res) => res.statusCode === 422 && res.json().code === 'insufficient_funds')).toHaveLength(5);
    expect(await balanceOf(owner)).toBe(Math.floor(price / 2));
    await expectLedgerHolds(t.database.db);
  });

  it('answers a retry racing the first attempt with the same result, and moves the money once', async () => {
    const { client, card } = await clientWithCard(10_000_000);
    const order = await orderOf(t.app, t.database.db, client, { zone: 'A104' });
    const body = { cardNumber: card, idempotencyKey: key() };
    const answers = await Promise.all([1, 2, 3].map(() => call(t.app, 'POST', `/my/orders/${order.id}/pay`, client, body)));
    expect(answers.map((res) => res.statusCode).sort()).toEqual([200, 200, 201]);
    const paymentIds = new Set(answers.map((res) => res.json().payment.id));
    expect(paymentIds.size).toBe(1);
    expect(await balanceOf(client)).toBe(10_000_000 - order.totalMinor);
    const listed = (await call(t.app, 'GET', `/staff/orders/${order.id}/payments`, cashier)).json();
    expect(listed.payments).toHaveLength(1);
    await expectLedgerHolds(t.database.db);
  });

  it('takes one of two box-office payments of one order that together would overpay it', async () => {
    const client = await registerClient(t.app);
    const order = await orderOf(t.app, t.database.db, client, { zone: 'A105', seats: 2 });
    const part = Math.ceil(order.totalMinor * 0.6);
    const answers = await Promise.all(
      ['cash', 'card'].map((kind) => call(t.app, 'POST', `/staff/orders/${order.id}/payments`, cashier, { kind, amountMinor: part, idempotencyKey: key() })),
    );
    expect(answers.map((res) => (res.statusCode === 201 ? 'paid' : res.json().code)).sort()).toEqual(['overpayment', 'paid']);
    expect((await call(t.app, 'GET', `/my/orders/${order.id}`, client)).json()).toMatchObject({ paidMinor: part, paymentStatus: 'partially_paid' });
    await expectLedgerHolds(t.database.db);
  });

  it('leaves neither ledger nor order changed when a payment fails midway, and the key may be used again', async () => {
    const { client, card } = await clientWithCard(10_000_000);
    const order = await orderOf(t.app, t.database.db, client, { zone: 'A104' });
    const before = await counts();
    const actor = (await t.app.inject({ method: 'GET', url: '/api/me', headers: client.headers })).json().actor;
    const body = { source: 'account' as const, cardNumber: card, idempotencyKey: key() };
    let written = false;
    const failing = payOrderOnline(t.deps, actor, order.id, body, {
      hooks: {
        async afterLedgerWrite(tx) {
          const [row] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ledger_entries`);
          written = (row?.n ?? 0) > (before?.entries ?? 0);
          throw new Error('injected failure between the ledger and the order');
        },
      },
    });
    await expect(failing).rejects.toThrow('injected failure');
    expect(written).toBe(true);
    expect(await counts()).toEqual(before);
    expect(await balanceOf(client)).toBe(10_000_000);
    expect((await call(t.app, 'GET', `/my/orders/${order.id}`, client)).json()).toMatchObject({ paidMinor: 0, paymentStatus: 'unpaid' });
    await expectLedgerHolds(t.database.db);

    const retried = await call(t.app, 'POST', `/my/orders/${order.id}/pay`, client, body);
    expect(retried.statusCode, retried.body).toBe(201);
    expect(await balanceOf(client)).toBe(10_000_000 - order.totalMinor);
  });
});
