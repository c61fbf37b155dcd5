import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '../../../server/db/types.ts';
import { type LoggedIn, registerClient } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { BalancesReport } from '../contracts.ts';
import { staffSession } from './report-fixtures.ts';

// Balances as payments' ledger (0601) keeps them: an account's cached balance, moved by
// balanced transactions. The fixture posts them as payments would: a top-up of a client's
// account from the cash desk, and a contract that spent on credit.

const cashDesk = '00000000-0000-4000-8600-000000000001';
const ordersAccount = '00000000-0000-4000-8600-000000000010';

async function post(db: Db, account: { kind: 'client' | 'contract'; ownerId: string; floorMinor: number }, amountMinor: number, other: string, at: string): Promise<void> {
  await db.transaction(async (tx) => {
    const owner = account.kind === 'client' ? sql`client_id` : sql`contract_id`;
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`insert into ledger_accounts (kind, ${owner}, balance_minor, floor_minor, created_at) values (${account.kind}, ${account.ownerId}, ${amountMinor}, ${account.floorMinor}, ${at}::timestamptz)
          on conflict (${owner}) do update set balance_minor = ledger_accounts.balance_minor + excluded.balance_minor returning id`,
    );
    const [transaction] = await queryRows<{ id: string }>(tx, sql`insert into ledger_transactions (kind, payment_kind, actor_kind, created_at) values ('top_up', 'cash', 'staff', ${at}::timestamptz) returning id`);
    await tx.execute(sql`insert into ledger_entries (transaction_id, account_id, amount_minor, created_at) values
      (${transaction!.id}, ${row!.id}, ${amountMinor}, ${at}::timestamptz), (${transaction!.id}, ${other}, ${-amountMinor}, ${at}::timestamptz)`);
  });
}

async function addContract(db: Db, number: string, taxId: string, creditLimitMinor: number): Promise<string> {
  const [organization] = await queryRows<{ id: string }>(db, sql`insert into organizations (name, tax_id) values (${`ООО «Ромашка, ${number}»`}, ${taxId}) returning id`);
  const [contract] = await queryRows<{ id: string }>(
    db,
    sql`insert into contracts (organization_id, number, status, valid_from, credit_limit_minor) values (${organization!.id}, ${number}, 'active', '2025-01-01T00:00:00Z', ${creditLimitMinor}) returning id`,
  );
  return contract!.id;
}

describe('balances of internal accounts and contracts', () => {
  let t: TestApp;
  let manager: LoggedIn;
  let clientId: string;
  let clientCode: string;
  const contracts = { spending: '', unused: '' };

  beforeAll(async () => {
    t = await createTestApp({ now: '2025-04-15T09:00:00Z' });
    const db = t.deps.database.db;
    manager = await staffSession(t.app, db, 'rep-balances-manager', ['manager']);
    const client = await registerClient(t.app, { fullName: 'Иванова Мария Сергеевна' });
    clientId = client.clientId;
    clientCode = client.clientCode;
    await post(db, { kind: 'client', ownerId: clientId, floorMinor: 0 }, 100_000, cashDesk, '2025-03-01T10:00:00Z');
    await post(db, { kind: 'client', ownerId: clientId, floorMinor: 0 }, 50_000, cashDesk, '2025-03-02T10:00:00Z');
    contracts.spending = await addContract(db, 'Д-2025/017', '7701000017', 100_000);
    contracts.unused = await addContract(db, 'Д-2025/018', '7701000018', 30_000);
    await post(db, { kind: 'contract', ownerId: contracts.spending, floorMinor: -100_000 }, -20_000, ordersAccount, '2025-03-05T10:00:00Z');
  });
  afterAll(async () => t.close());

  it("lists each client's internal account with its balance and last movement", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/reports/balances', headers: manager.headers });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as BalancesReport;
    expect(report.at).toBe('2025-04-15T09:00:00.000Z');
    expect(report.accounts.find((a) => a.clientId === clientId)).toMatchObject({
      clientCode, fullName: 'Иванова Мария Сергеевна', currency: 'RUB', balanceMinor: 150_000, lastMovementAt: '2025-03-02T10:00:00.000Z',
    });
  });

  it('lists every contract with its balance, credit limit and what may still be spent, used or not', async () => {
    const report = (await t.app.inject({ method: 'GET', url: '/api/reports/balances', headers: manager.headers })).json() as BalancesReport;
    expect(report.contracts.find((c) => c.contractId === contracts.spending)).toMatchObject({
      number: 'Д-2025/017', status: 'active', organizationName: 'ООО «Ромашка, Д-2025/017»', creditLimitMinor: 100_000, balanceMinor: -20_000, availableMinor: 80_000,
      lastMovementAt: '2025-03-05T10:00:00.000Z',
    });
    expect(report.contracts.find((c) => c.contractId === contracts.unused)).toMatchObject({ balanceMinor: 0, creditLimitMinor: 30_000, availableMinor: 30_000, lastMovementAt: null });
    expect(report.totals.accountsMinor).toBe(report.accounts.reduce((sum, a) => sum + a.balanceMinor, 0));
    expect(report.totals.contractsMinor).toBe(-20_000);
  });

  it('gives the balances as CSV, a line per account and per contract', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/reports/balances.csv?lang=en', headers: manager.headers });
    expect(res.statusCode).toBe(200);
    const lines = res.body.slice(1).split('\r\n');
    expect(lines).toContain(`Internal account,Иванова Мария Сергеевна,${clientCode},,,0.00,0,1500.00,150000,1500.00,150000,2025-03-02T10:00:00.000Z`);
    expect(lines).toContain('Contract,"ООО «Ромашка, Д-2025/017»",Д-2025/017,7701000017,active,1000.00,100000,-200.00,-20000,800.00,80000,2025-03-05T10:00:00.000Z');
  });
});
