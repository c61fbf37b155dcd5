import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn, type RegisteredClient } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { refundOrderPayments } from '../index.ts';
import { call, expectLedgerHolds, key, newCardNumber, orderOf, type ConfirmedOrder } from './payment-fixtures.ts';

// A random sequence of top-ups, payments at the box office and online, refunds (returns),
// corrections and replays: after each step the ledger check holds, nothing answers 5xx,
// and every client's balance is what the answers so far add up to.

const CLIENTS = 3;
const ORDERS = 6;

type Step =
  | { type: 'top_up'; client: number; amountMinor: number; kind: 'cash' | 'bank_transfer' | 'card' | 'receipt_order' }
  | { type: 'box_office'; order: number; share: number; kind: 'cash' | 'card' }
  | { type: 'pay_online'; order: number; ownCard: boolean }
  | { type: 'refund'; order: number; share: number }
  | { type: 'correction'; client: number; amountMinor: number }
  | { type: 'replay' };

// Shares of an amount in per cent (doubles would crowd near zero).
const share = fc.integer({ min: 0, max: 120 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('top_up' as const), client: fc.nat(CLIENTS - 1), amountMinor: fc.integer({ min: 1, max: 1_500_000 }), kind: fc.constantFrom('cash' as const, 'bank_transfer' as const, 'card' as const, 'receipt_order' as const) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('box_office' as const), order: fc.nat(ORDERS - 1), share, kind: fc.constantFrom('cash' as const, 'card' as const) }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('pay_online' as const), order: fc.nat(ORDERS - 1), ownCard: fc.constantFrom(true, true, true, false) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('refund' as const), order: fc.nat(ORDERS - 1), share: fc.integer({ min: 0, max: 100 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('correction' as const), client: fc.nat(CLIENTS - 1), amountMinor: fc.integer({ min: -300_000, max: 300_000 }).filter((n) => n !== 0) }) },
  { weight: 1, arbitrary: fc.constant({ type: 'replay' as const }) },
);

describe('the ledger under a random sequence of movements', () => {
  const clock = fixedClock(new Date());
  let t: TestApp;
  let cashier: LoggedIn;
  let manager: LoggedIn;
  const clients: { session: RegisteredClient; card: string }[] = [];
  const orders: (ConfirmedOrder & { owner: number })[] = [];
  const expected: number[] = [];
  let last: { url: string; session: LoggedIn; body: Record<string, unknown>; answer: unknown } | null = null;

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    cashier = await loginAsDemo(t.app, 'cashier');
    manager = await loginAsDemo(t.app, 'manager');
    for (let i = 0; i < CLIENTS; i += 1) {
      const session = await registerClient(t.app);
      const card = newCardNumber();
      expect((await call(t.app, 'POST', `/staff/clients/${session.clientId}/cards`, cashier, { cardNumber: card })).statusCode).toBe(201);
      clients.push({ session, card });
      expected.push(0);
    }
    for (let i = 0; i < ORDERS; i += 1) {
      const owner = i % CLIENTS;
      orders.push({ ...(await orderOf(t.app, t.database.db, clients[owner]!.session, { zone: 'D102', seats: 1 + (i % 2) })), owner });
    }
  });
  afterAll(async () => t.close());

  async function send(url: string, session: LoggedIn, body: Record<string, unknown>, allowed: string[]) {
    const res = await call(t.app, 'POST', url, session, body);
    const outcome = res.statusCode < 300 ? String(res.statusCode) : res.json().code;
    expect(allowed, `${url}: ${res.statusCode} ${res.body}`).toContain(outcome);
    if (res.statusCode === 201) last = { url, session, body, answer: res.json() };
    return res.statusCode === 201 ? res.json() : null;
  }

  async function run(action: Step): Promise<void> {
    switch (action.type) {
      case 'top_up': {
        const { session } = clients[action.client]!;
        const done = await send(`/staff/clients/${session.clientId}/top-ups`, cashier, { kind: action.kind, amountMinor: action.amountMinor, idempotencyKey: key() }, ['201']);
        if (done) expected[action.client]! += action.amountMinor;
        return;
      }
      case 'box_office': {
        const order = orders[action.order]!;
        const amountMinor = Math.max(1, Math.floor((order.totalMinor * action.share) / 100));
        await send(`/staff/orders/${order.id}/payments`, cashier, { kind: action.kind, amountMinor, idempotencyKey: key() }, ['201', 'overpayment', 'order_already_paid']);
        return;
      }
      case 'pay_online': {
        const order = orders[action.order]!;
        const payer = clients[order.owner]!;
        const card = action.ownCard ? payer.card : clients[(order.owner + 1) % CLIENTS]!.card;
        const done = await send(`/my/orders/${order.id}/pay`, payer.session, { cardNumber: card, idempotencyKey: key() }, ['201', 'insufficient_funds', 'order_already_paid', 'card_not_found']);
        if (done) expected[order.owner]! -= done.payment.amountMinor;
        return;
      }
      case 'refund': {
        const order = orders[action.order]!;
        const { order: state } = (await call(t.app, 'GET', `/staff/orders/${order.id}/payments`, cashier)).json();
        const amountMinor = Math.floor((state.paidMinor * action.share) / 100);
        const result = await t.database.db.transaction((tx) =>
          refundOrderPayments(tx, { orderId: order.id, amountMinor, reason: 'tickets returned', actor: { id: cashier.userId, kind: 'staff' }, now: clock.now() }),
        );
        for (const part of result.refunds) if (part.source === 'account') expected[order.owner]! -= part.amountMinor;
        return;
      }
      case 'correction': {
        const { session } = clients[action.client]!;
        const done = await send(`/staff/clients/${session.clientId}/corrections`, manager, { amountMinor: action.amountMinor, reason: 'audit', idempotencyKey: key() }, ['201', 'insufficient_funds']);
        if (done) expected[action.client]! += action.amountMinor;
        return;
      }
      case 'replay': {
        if (!last) return;
        const res = await call(t.app, 'POST', last.url, last.session, last.body);
        expect(res.statusCode).toBe(200);
        expect(res.json()).toEqual(last.answer);
        return;
      }
    }
  }

  it('keeps every transaction balanced and every balance equal to its ledger, step after step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 15 }), async (steps) => {
        for (const action of steps) {
          await run(action);
          await expectLedgerHolds(t.database.db);
          for (const [index, { session }] of clients.entries()) {
            const statement = (await call(t.app, 'GET', '/my/account', session)).json();
            expect(statement.balanceMinor).toBe(expected[index]);
            expect(statement.balanceMinor).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 12 },
    );
  });
});
