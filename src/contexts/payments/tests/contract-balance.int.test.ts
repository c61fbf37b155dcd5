import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { call, expectLedgerHolds, key, orderOf } from './payment-fixtures.ts';

describe("a corporate contract's balance", () => {
  const clock = fixedClock(new Date());
  let t: TestApp;
  let corporate: LoggedIn;
  let manager: LoggedIn;
  let operator: LoggedIn;
  let contract: { contractId: string; number: string; creditLimitMinor: number };

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    corporate = await loginAsDemo(t.app, 'corporate');
    manager = await loginAsDemo(t.app, 'manager');
    operator = await loginAsDemo(t.app, 'operator');
    [contract] = (await call(t.app, 'GET', '/me/contracts', corporate)).json().contracts;
  });
  afterAll(async () => t.close());

  const payFromContract = (orderId: string, extra: Record<string, unknown> = {}) =>
    call(t.app, 'POST', `/my/orders/${orderId}/pay`, corporate, { source: 'contract', contractId: contract.contractId, idempotencyKey: key(), ...extra });
  const statement = async () => (await call(t.app, 'GET', `/my/contracts/${contract.contractId}/account`, corporate)).json();

  it('pays a representative\'s order from the contract, on credit down to minus the credit limit', async () => {
    expect(contract.creditLimitMinor).toBeGreaterThan(0);
    expect(await statement()).toMatchObject({ owner: 'contract', contractNumber: contract.number, balanceMinor: 0, creditLimitMinor: contract.creditLimitMinor, availableMinor: contract.creditLimitMinor, movements: [] });
    const order = await orderOf(t.app, t.database.db, corporate, { zone: 'C101', operator });
    const paid = await payFromContract(order.id);
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json()).toMatchObject({ payment: { source: 'contract', kind: 'internal_account', amountMinor: order.totalMinor }, order: { paymentStatus: 'paid' }, balanceAfterMinor: -order.totalMinor });
    const after = await statement();
    expect(after).toMatchObject({ balanceMinor: -order.totalMinor, availableMinor: contract.creditLimitMinor - order.totalMinor });
    expect(after.movements[0]).toMatchObject({ kind: 'payment', bookingNumber: order.bookingNumber, amountMinor: -order.totalMinor });
    await expectLedgerHolds(t.database.db);
  });

  it('refuses a payment beyond the credit limit, and moves nothing', async () => {
    const { balanceMinor } = await statement();
    const order = await orderOf(t.app, t.database.db, corporate, { zone: 'C101', operator });
    // Bring the contract to just above its floor, less than this order costs.
    const down = -(contract.creditLimitMinor + balanceMinor) + order.totalMinor - 1;
    const corrected = await call(t.app, 'POST', `/staff/contracts/${contract.contractId}/corrections`, manager, { amountMinor: down, reason: 'invoice for services', idempotencyKey: key() });
    expect(corrected.statusCode, corrected.body).toBe(201);
    const refused = await payFromContract(order.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'insufficient_funds', availableMinor: order.totalMinor - 1, requiredMinor: order.totalMinor });
    expect((await statement()).balanceMinor).toBe(-contract.creditLimitMinor + order.totalMinor - 1);

    const topUp = await call(t.app, 'POST', `/staff/contracts/${contract.contractId}/top-ups`, manager, { kind: 'bank_transfer', amountMinor: 1, note: 'п/п 42', idempotencyKey: key() });
    expect(topUp.statusCode, topUp.body).toBe(201);
    expect((await payFromContract(order.id)).statusCode).toBe(201);
    expect((await statement()).balanceMinor).toBe(-contract.creditLimitMinor);
    await expectLedgerHolds(t.database.db);
  });

  it('shows the balance to staff, and to no client outside the organisation', async () => {
    const cashier = await loginAsDemo(t.app, 'cashier');
    const staffView = await call(t.app, 'GET', `/staff/contracts/${contract.contractId}/account`, cashier);
    expect(staffView.json()).toMatchObject({ balanceMinor: -contract.creditLimitMinor, contractNumber: contract.number });
    const outsider = await registerClient(t.app);
    expect((await call(t.app, 'GET', `/my/contracts/${contract.contractId}/account`, outsider)).statusCode).toBe(403);
    const order = await orderOf(t.app, t.database.db, outsider, { zone: 'C101' });
    const res = await call(t.app, 'POST', `/my/orders/${order.id}/pay`, outsider, { source: 'contract', contractId: contract.contractId, idempotencyKey: key() });
    expect(res.json()).toMatchObject({ status: 404, code: 'contract_not_found', field: 'body.contractId' });
    const none = await call(t.app, 'POST', `/my/orders/${order.id}/pay`, outsider, { source: 'contract', idempotencyKey: key() });
    expect(none.json()).toMatchObject({ status: 422, code: 'contract_required', field: 'body.contractId' });
    const unknown = await call(t.app, 'GET', '/staff/contracts/00000000-0000-4000-8000-000000000000/account', cashier);
    expect(unknown.json()).toMatchObject({ status: 404, code: 'contract_not_found' });
  });
});
