import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/db/types.ts';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn, type RegisteredClient } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { refundOrderPayments } from '../index.ts';
import { call, expectLedgerHolds, key, newCardNumber, orderOf } from './payment-fixtures.ts';

describe('internal accounts: cards, top-ups, paying online, refunds and statements', () => {
  const clock = fixedClock(new Date());
  let t: TestApp;
  let alice: RegisteredClient;
  let bob: RegisteredClient;
  let cashier: LoggedIn;
  let manager: LoggedIn;
  const aliceCard = newCardNumber();
  const bobCard = newCardNumber();

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    [alice, bob] = [await registerClient(t.app), await registerClient(t.app)];
    cashier = await loginAsDemo(t.app, 'cashier');
    manager = await loginAsDemo(t.app, 'manager');
  });
  afterAll(async () => t.close());

  const linkCard = (clientId: string, cardNumber: string) => call(t.app, 'POST', `/staff/clients/${clientId}/cards`, cashier, { cardNumber });
  const topUp = (clientId: string, amountMinor: number, kind = 'cash') => call(t.app, 'POST', `/staff/clients/${clientId}/top-ups`, cashier, { kind, amountMinor, idempotencyKey: key() });
  const payOnline = (who: LoggedIn, orderId: string, body: Record<string, unknown>) => call(t.app, 'POST', `/my/orders/${orderId}/pay`, who, { idempotencyKey: key(), ...body });
  const myAccount = async (who: LoggedIn) => (await call(t.app, 'GET', '/my/account', who)).json();

  it('links a card by a cashier: stored as its last four digits only, once per card', async () => {
    const linked = await linkCard(alice.clientId, aliceCard);
    expect(linked.statusCode, linked.body).toBe(201);
    const last4 = aliceCard.slice(-4);
    expect(linked.json()).toMatchObject({ last4, masked: `•••• ${last4}` });
    expect((await linkCard(alice.clientId, aliceCard.replace(/ /g, ''))).statusCode).toBe(200);
    expect((await linkCard(bob.clientId, bobCard)).statusCode).toBe(201);

    const taken = await linkCard(bob.clientId, aliceCard);
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'card_already_linked', field: 'body.cardNumber' });
    const typo = await linkCard(alice.clientId, `${aliceCard.slice(0, -1)}${(Number(aliceCard.slice(-1)) + 1) % 10}`);
    expect(typo.json()).toMatchObject({ status: 400, code: 'card_number_invalid', field: 'body.cardNumber' });
    const nobody = await linkCard('00000000-0000-4000-8000-000000000000', newCardNumber());
    expect(nobody.json()).toMatchObject({ status: 404, code: 'client_not_found', field: 'params.clientId' });

    const digits = aliceCard.replace(/ /g, '');
    const stored = await queryRows<{ found: number }>(
      t.database.db,
      sql`select count(*)::int as found from account_cards c where c.number_hash = ${digits} or c.last4 <> ${last4} and c.client_id = ${alice.clientId}`,
    );
    expect(stored[0]?.found).toBe(0);
    const audit = await queryRows<{ after: string }>(t.database.db, sql`select after::text as after from audit_log where action = 'card.linked'`);
    expect(audit.some((row) => row.after.includes(digits))).toBe(false);
    expect((await myAccount(alice)).cards).toEqual([expect.objectContaining({ last4, masked: `•••• ${last4}` })]);
  });

  it('credits top-ups by any box-office kind; staff and the client see the balance', async () => {
    const cash = await topUp(alice.clientId, 3_000_000);
    expect(cash.statusCode, cash.body).toBe(201);
    expect(cash.json()).toMatchObject({ kind: 'top_up', amountMinor: 3_000_000, balanceMinor: 3_000_000 });
    const transfer = await topUp(alice.clientId, 2_000_000, 'bank_transfer');
    expect(transfer.json().balanceMinor).toBe(5_000_000);
    expect(await myAccount(alice)).toMatchObject({ owner: 'client', balanceMinor: 5_000_000, availableMinor: 5_000_000, creditLimitMinor: 0 });
    const staffView = (await call(t.app, 'GET', `/staff/clients/${alice.clientId}/account`, manager)).json();
    expect(staffView).toMatchObject({ balanceMinor: 5_000_000, total: 2 });
    expect(staffView.movements.map((m: { paymentKind: string }) => m.paymentKind)).toEqual(['bank_transfer', 'cash']);
    const byClient = await call(t.app, 'POST', `/staff/clients/${alice.clientId}/top-ups`, alice, { kind: 'cash', amountMinor: 1, idempotencyKey: key() });
    expect(byClient.statusCode).toBe(403);
  });

  it('refuses each way a payment can fail with its own code, and moves nothing', async () => {
    const order = await orderOf(t.app, t.database.db, alice, { zone: 'B101' });
    const unlinked = await payOnline(alice, order.id, { cardNumber: newCardNumber() });
    expect(unlinked.statusCode).toBe(422);
    expect(unlinked.json()).toMatchObject({ code: 'card_not_found', field: 'body.cardNumber' });
    // Someone else's card gets the very same answer: nothing tells which numbers are linked.
    const bobs = await payOnline(alice, order.id, { cardNumber: bobCard });
    expect({ ...bobs.json(), requestId: null, instance: null }).toEqual({ ...unlinked.json(), requestId: null, instance: null });
    const missing = await payOnline(alice, order.id, {});
    expect(missing.json()).toMatchObject({ status: 400, code: 'card_number_required', field: 'body.cardNumber' });
    const notHers = await payOnline(bob, order.id, { cardNumber: bobCard });
    expect(notHers.json()).toMatchObject({ status: 404, code: 'order_not_found' });
    const formed = await orderOf(t.app, t.database.db, alice, { zone: 'B101', confirm: false });
    expect((await payOnline(alice, formed.id, { cardNumber: aliceCard })).json()).toMatchObject({ status: 409, code: 'order_not_payable', currentStatus: 'formed' });

    const poor = await orderOf(t.app, t.database.db, bob, { zone: 'B101' });
    const broke = await payOnline(bob, poor.id, { cardNumber: bobCard });
    expect(broke.statusCode).toBe(422);
    expect(broke.json()).toMatchObject({ code: 'insufficient_funds', availableMinor: 0, requiredMinor: poor.totalMinor });
    expect((await myAccount(alice)).balanceMinor).toBe(5_000_000);
    expect((await myAccount(bob)).movements).toEqual([]);
    expect((await call(t.app, 'GET', `/my/orders/${order.id}`, alice)).json()).toMatchObject({ paidMinor: 0, paymentStatus: 'unpaid' });
    await expectLedgerHolds(t.database.db);
  });

  it('pays the rest of an order from the account by the card; a retry pays nothing more', async () => {
    const order = await orderOf(t.app, t.database.db, alice, { zone: 'B101', seats: 2 });
    const part = await call(t.app, 'POST', `/staff/orders/${order.id}/payments`, cashier, { kind: 'cash', amountMinor: 100, idempotencyKey: key() });
    expect(part.statusCode).toBe(201);
    const body = { cardNumber: aliceCard, idempotencyKey: key() };
    const paid = await call(t.app, 'POST', `/my/orders/${order.id}/pay`, alice, body);
    expect(paid.statusCode, paid.body).toBe(201);
    const rest = order.totalMinor - 100;
    expect(paid.json()).toMatchObject({
      payment: { kind: 'internal_account', source: 'account', amountMinor: rest },
      order: { paymentStatus: 'paid', paidMinor: order.totalMinor, remainingMinor: 0 },
      balanceAfterMinor: 5_000_000 - rest,
    });
    const retry = await call(t.app, 'POST', `/my/orders/${order.id}/pay`, alice, body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(paid.json());
    const twice = await payOnline(alice, order.id, { cardNumber: aliceCard });
    expect(twice.json()).toMatchObject({ status: 409, code: 'order_already_paid' });
    expect((await myAccount(alice)).balanceMinor).toBe(5_000_000 - rest);
    await expectLedgerHolds(t.database.db);
  });

  it('refunds a returned ticket at its frozen price back to the account; the statement shows every movement with its order', async () => {
    const before = (await myAccount(alice)).balanceMinor as number;
    const order = await orderOf(t.app, t.database.db, alice, { zone: 'B101', seats: 2 });
    expect((await payOnline(alice, order.id, { cardNumber: aliceCard })).statusCode).toBe(201);
    const returned = order.ticketPrices[0]!;
    const refund = await t.database.db.transaction((tx) =>
      refundOrderPayments(tx, { orderId: order.id, amountMinor: returned, reason: 'ticket returned', actor: { id: cashier.userId, kind: 'staff' }, now: clock.now() }),
    );
    expect(refund).toMatchObject({ refundedMinor: returned, refunds: [{ kind: 'internal_account', source: 'account', amountMinor: -returned }], order: { paidMinor: order.totalMinor - returned, paymentStatus: 'partially_paid' } });

    const statement = await myAccount(alice);
    expect(statement.balanceMinor).toBe(before - order.totalMinor + returned);
    const [refunded, payment] = statement.movements;
    expect(refunded).toMatchObject({ kind: 'refund', amountMinor: returned, orderId: order.id, bookingNumber: order.bookingNumber, balanceAfterMinor: statement.balanceMinor, description: 'ticket returned' });
    expect(payment).toMatchObject({ kind: 'payment', amountMinor: -order.totalMinor, orderId: order.id, bookingNumber: order.bookingNumber, paymentKind: 'internal_account' });
    const kinds = statement.movements.map((m: { kind: string; bookingNumber: string | null }) => [m.kind, m.bookingNumber !== null]);
    expect(kinds).toEqual([['refund', true], ['payment', true], ['payment', true], ['top_up', false], ['top_up', false]]);
    expect((await call(t.app, 'GET', `/my/orders/${order.id}`, alice)).json()).toMatchObject({ paidMinor: order.totalMinor - returned, paymentStatus: 'partially_paid' });

    await expect(
      t.database.db.transaction((tx) => refundOrderPayments(tx, { orderId: order.id, amountMinor: order.totalMinor, reason: 'too much', actor: { id: null, kind: 'system' }, now: clock.now() })),
    ).rejects.toMatchObject({ code: 'refund_exceeds_paid' });
    await expectLedgerHolds(t.database.db);
  });

  it('refunds a split payment latest first, each part to where it came from', async () => {
    const order = await orderOf(t.app, t.database.db, alice, { zone: 'B101' });
    expect((await call(t.app, 'POST', `/staff/orders/${order.id}/payments`, cashier, { kind: 'cash', amountMinor: 200, idempotencyKey: key() })).statusCode).toBe(201);
    expect((await payOnline(alice, order.id, { cardNumber: aliceCard })).statusCode).toBe(201);
    const refund = await t.database.db.transaction((tx) =>
      refundOrderPayments(tx, { orderId: order.id, amountMinor: order.totalMinor, reason: 'order returned', actor: { id: cashier.userId, kind: 'staff' }, now: clock.now() }),
    );
    expect(refund.refunds.map((r) => [r.source, r.amountMinor])).toEqual([
      ['account', -(order.totalMinor - 200)],
      ['box_office', -200],
    ]);
    expect(refund.order).toMatchObject({ paidMinor: 0, paymentStatus: 'unpaid' });
    await expectLedgerHolds(t.database.db);
  });

  it('lets a manager correct a balance with a reason, never below zero; a cashier may not', async () => {
    const balance = (await myAccount(bob)).balanceMinor as number;
    const up = await call(t.app, 'POST', `/staff/clients/${bob.clientId}/corrections`, manager, { amountMinor: 1_500, reason: 'compensation', idempotencyKey: key() });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ kind: 'correction', balanceMinor: balance + 1_500 });
    const below = await call(t.app, 'POST', `/staff/clients/${bob.clientId}/corrections`, manager, { amountMinor: -(balance + 1_501), reason: 'mistake', idempotencyKey: key() });
    expect(below.json()).toMatchObject({ status: 422, code: 'insufficient_funds' });
    const noReason = await call(t.app, 'POST', `/staff/clients/${bob.clientId}/corrections`, manager, { amountMinor: 10, idempotencyKey: key() });
    expect(noReason.json()).toMatchObject({ status: 400, field: 'body.reason' });
    const byCashier = await call(t.app, 'POST', `/staff/clients/${bob.clientId}/corrections`, cashier, { amountMinor: 10, reason: 'x', idempotencyKey: key() });
    expect(byCashier.statusCode).toBe(403);
    const statement = await myAccount(bob);
    expect(statement.movements[0]).toMatchObject({ kind: 'correction', amountMinor: 1_500, description: 'compensation' });
    await expectLedgerHolds(t.database.db);
  });

  it("shows a client only their own account: another's is not found, a staff route is forbidden", async () => {
    const other = await call(t.app, 'GET', `/staff/clients/${bob.clientId}/account`, alice);
    expect(other.statusCode).toBe(403);
    const unknown = await call(t.app, 'GET', '/staff/clients/00000000-0000-4000-8000-000000000000/account', cashier);
    expect(unknown.json()).toMatchObject({ status: 404, code: 'client_not_found' });
    const fresh = await registerClient(t.app);
    expect(await myAccount(fresh)).toMatchObject({ accountId: null, balanceMinor: 0, cards: [], movements: [], total: 0 });
  });
});
