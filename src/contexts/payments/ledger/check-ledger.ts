import { sql } from 'drizzle-orm';
import { orders } from '../../booking/index.ts';
import { type Db, queryRows } from '../../../server/db/types.ts';
import { ledgerAccounts, ledgerEntries, ledgerTransactions, payments } from '../tables.ts';
import { ordersAccount } from './system-accounts.ts';

export interface LedgerCheckReport {
  ok: boolean;
  counts: { transactions: number; entries: number; accounts: number };
  /** Transactions whose entries do not sum to zero, or that have fewer than two. */
  unbalanced: { transactionId: string; sumMinor: number; entries: number }[];
  /** Cached balances that differ from the sum of their account's entries. */
  balanceMismatches: { accountId: string; kind: string; cachedMinor: number; ledgerMinor: number }[];
  belowFloor: { accountId: string; kind: string; balanceMinor: number; floorMinor: number }[];
  /** Orders whose paid amount differs from their payment rows or from the ledger. */
  orderMismatches: { orderId: string; bookingNumber: string; paidMinor: number; paymentsMinor: number; ledgerMinor: number }[];
}

const int = (value: unknown): number => Number(value);

/**
 * Verifies the ledger from scratch (npm run ledger:check): every transaction balances,
 * every cached balance equals its ledger sum and is not below its floor, and every
 * order's paid amount equals its payments and its ledger movements. Reads only.
 */
export async function checkLedger(db: Db): Promise<LedgerCheckReport> {
  const [counts] = await queryRows<{ transactions: unknown; entries: unknown; accounts: unknown }>(
    db,
    sql`select (select count(*) from ${ledgerTransactions}) as transactions, (select count(*) from ${ledgerEntries}) as entries, (select count(*) from ${ledgerAccounts}) as accounts`,
  );
  const unbalanced = await queryRows<{ transaction_id: string; sum_minor: unknown; entries: unknown }>(
    db,
    sql`select t.id as transaction_id, coalesce(sum(e.amount_minor), 0)::bigint as sum_minor, count(e.id) as entries
        from ${ledgerTransactions} t left join ${ledgerEntries} e on e.transaction_id = t.id
        group by t.id having coalesce(sum(e.amount_minor), 0) <> 0 or count(e.id) < 2`,
  );
  const mismatches = await queryRows<{ account_id: string; kind: string; cached_minor: unknown; ledger_minor: unknown }>(
    db,
    sql`select a.id as account_id, a.kind, a.balance_minor as cached_minor, coalesce(sum(e.amount_minor), 0)::bigint as ledger_minor
        from ${ledgerAccounts} a left join ${ledgerEntries} e on e.account_id = a.id
        where a.balance_minor is not null
        group by a.id having a.balance_minor <> coalesce(sum(e.amount_minor), 0)`,
  );
  const belowFloor = await queryRows<{ account_id: string; kind: string; balance_minor: unknown; floor_minor: unknown }>(
    db,
    sql`select id as account_id, kind, balance_minor, floor_minor from ${ledgerAccounts} where balance_minor < floor_minor`,
  );
  const orderMismatches = await queryRows<{ order_id: string; booking_number: string; paid_minor: unknown; payments_minor: unknown; ledger_minor: unknown }>(
    db,
    sql`with paid as (select order_id, sum(amount_minor)::bigint as minor from ${payments} group by order_id),
             booked as (select t.order_id, sum(e.amount_minor)::bigint as minor
                        from ${ledgerEntries} e join ${ledgerTransactions} t on t.id = e.transaction_id
                        where e.account_id = ${ordersAccount.id} and t.order_id is not null group by t.order_id)
        select o.id as order_id, o.booking_number, o.paid_minor, coalesce(p.minor, 0) as payments_minor, coalesce(b.minor, 0) as ledger_minor
        from ${orders} o left join paid p on p.order_id = o.id left join booked b on b.order_id = o.id
        where o.paid_minor <> coalesce(p.minor, 0) or o.paid_minor <> coalesce(b.minor, 0)
        union all
        select coalesce(p.order_id, b.order_id), null, null, coalesce(p.minor, 0), coalesce(b.minor, 0)
        from paid p full join booked b on b.order_id = p.order_id
        where not exists (select 1 from ${orders} o where o.id = coalesce(p.order_id, b.order_id))`,
  );
  const report: LedgerCheckReport = {
    ok: false,
    counts: { transactions: int(counts?.transactions), entries: int(counts?.entries), accounts: int(counts?.accounts) },
    unbalanced: unbalanced.map((r) => ({ transactionId: r.transaction_id, sumMinor: int(r.sum_minor), entries: int(r.entries) })),
    balanceMismatches: mismatches.map((r) => ({ accountId: r.account_id, kind: r.kind, cachedMinor: int(r.cached_minor), ledgerMinor: int(r.ledger_minor) })),
    belowFloor: belowFloor.map((r) => ({ accountId: r.account_id, kind: r.kind, balanceMinor: int(r.balance_minor), floorMinor: int(r.floor_minor) })),
    orderMismatches: orderMismatches.map((r) => ({
      orderId: r.order_id, bookingNumber: r.booking_number ?? '(no such order)', paidMinor: int(r.paid_minor ?? 0), paymentsMinor: int(r.payments_minor), ledgerMinor: int(r.ledger_minor),
    })),
  };
  report.ok = report.unbalanced.length + report.balanceMismatches.length + report.belowFloor.length + report.orderMismatches.length === 0;
  return report;
}
