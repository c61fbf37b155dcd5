import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn, type RegisteredClient } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { checkLedger } from '../index.ts';
import { call, key, orderOf } from './payment-fixtures.ts';

// What stands between a bug and lost money: the check finds a mismatch, and the database
// itself refuses an unbalanced transaction, an edit of history and a balance below its floor.

describe('the ledger check and the database defences', () => {
  const clock = fixedClock(new Date());
  let t: TestApp;
  let cashier: LoggedIn;
  let client: RegisteredClient;

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    cashier = await loginAsDemo(t.app, 'cashier');
    client = await registerClient(t.app);
    await call(t.app, 'POST', `/staff/clients/${client.clientId}/top-ups`, cashier, { kind: 'cash', amountMinor: 10_000, idempotencyKey: key() });
  });
  afterAll(async () => t.close());

  const exec = (query: ReturnType<typeof sql>) => t.database.db.execute(query);
  const failureOf = async (work: Promise<unknown>) => {
    const error = await work.then(() => null, (e: unknown) => e as { cause?: { message?: string }; message?: string });
    return error ? `${error.message ?? ''} ${error.cause?.message ?? ''}` : 'no error';
  };

  it('passes on a ledger the code wrote', async () => {
    expect(await checkLedger(t.database.db)).toMatchObject({ ok: true, unbalanced: [], balanceMismatches: [], belowFloor: [], orderMismatches: [] });
  });

  it('refuses to commit a transaction whose entries do not sum to zero', async () => {
    const failure = await failureOf(
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into ledger_transactions (id, kind, actor_kind, created_at) values ('11111111-1111-4111-8111-111111111111', 'top_up', 'system', now())`);
        await tx.execute(sql`insert into ledger_entries (transaction_id, account_id, amount_minor, created_at)
                             values ('11111111-1111-4111-8111-111111111111', '00000000-0000-4000-8600-000000000001', -5, now())`);
      }),
    );
    expect(failure).toContain('does not balance');
  });

  it('refuses to edit or delete history', async () => {
    expect(await failureOf(exec(sql`update ledger_entries set amount_minor = amount_minor * 2`))).toContain('append-only');
    expect(await failureOf(exec(sql`delete from ledger_transactions`))).toContain('append-only');
  });

  it('refuses a balance below its floor whatever the code does', async () => {
    expect(await failureOf(exec(sql`update ledger_accounts set balance_minor = -1 where client_id = ${client.clientId}`))).toContain('ledger_accounts_above_floor');
  });

  it('reports a cached balance and a paid amount that differ from the ledger', async () => {
    const order = await orderOf(t.app, t.database.db, client);
    await call(t.app, 'POST', `/staff/orders/${order.id}/payments`, cashier, { kind: 'cash', amountMinor: 100, idempotencyKey: key() });
    await exec(sql`update ledger_accounts set balance_minor = balance_minor + 1 where client_id = ${client.clientId}`);
    await exec(sql`update orders set paid_minor = 150 where id = ${order.id}`);
    const report = await checkLedger(t.database.db);
    expect(report.ok).toBe(false);
    expect(report.balanceMismatches).toEqual([expect.objectContaining({ kind: 'client', cachedMinor: 10_001, ledgerMinor: 10_000 })]);
    expect(report.orderMismatches).toEqual([{ orderId: order.id, bookingNumber: order.bookingNumber, paidMinor: 150, paymentsMinor: 100, ledgerMinor: 100 }]);
  });
});
