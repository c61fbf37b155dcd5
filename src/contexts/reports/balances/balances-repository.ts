import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../server/db/types.ts';
import { isoOf, wholeOf } from '../shared/db-values.ts';

// Balances as payments' ledger keeps them (0601): a client's or a contract's account
// caches its balance under the row's lock, and `ledger:check` proves it equals the sum
// of its entries, so the cached figure is read here rather than summing the ledger.

export interface AccountBalanceRow {
  accountId: string;
  clientId: string;
  clientCode: string;
  fullName: string;
  currency: string;
  balanceMinor: number;
  lastMovementAt: string | null;
}

export async function readAccountBalances(db: Db): Promise<AccountBalanceRow[]> {
  const rows = await queryRows<{ account_id: string; client_id: string; client_code: string; full_name: string; currency: string; balance_minor: number | string; last_movement_at: Date | string | null }>(
    db,
    sql`select a.id as account_id, a.client_id, u.login::text as client_code, c.full_name, a.currency, a.balance_minor,
               (select max(le.created_at) from ledger_entries le where le.account_id = a.id) as last_movement_at
        from ledger_accounts a
        join clients c on c.id = a.client_id
        join users u on u.id = c.user_id
        where a.kind = 'client'
        order by c.full_name, u.login, a.id`,
  );
  return rows.map((row) => ({
    accountId: row.account_id, clientId: row.client_id, clientCode: row.client_code, fullName: row.full_name, currency: row.currency.trim(),
    balanceMinor: wholeOf(row.balance_minor), lastMovementAt: isoOf(row.last_movement_at),
  }));
}

export interface ContractBalanceRow {
  contractId: string;
  number: string;
  status: string;
  organizationId: string;
  organizationName: string;
  taxId: string;
  currency: string;
  creditLimitMinor: number;
  /** 0 for a contract whose account has not been used yet. */
  balanceMinor: number;
  lastMovementAt: string | null;
}

export async function readContractBalances(db: Db): Promise<ContractBalanceRow[]> {
  const rows = await queryRows<{ contract_id: string; number: string; status: string; organization_id: string; organization_name: string; tax_id: string; currency: string; credit_limit_minor: number | string; balance_minor: number | string | null; last_movement_at: Date | string | null }>(
    db,
    sql`select k.id as contract_id, k.number, k.status, o.id as organization_id, o.name as organization_name, o.tax_id,
               k.currency, k.credit_limit_minor, a.balance_minor,
               (select max(le.created_at) from ledger_entries le where le.account_id = a.id) as last_movement_at
        from contracts k
        join organizations o on o.id = k.organization_id
        left join ledger_accounts a on a.contract_id = k.id
        order by o.name, k.number`,
  );
  return rows.map((row) => ({
    contractId: row.contract_id, number: row.number, status: row.status, organizationId: row.organization_id, organizationName: row.organization_name,
    taxId: row.tax_id, currency: row.currency.trim(), creditLimitMinor: wholeOf(row.credit_limit_minor), balanceMinor: wholeOf(row.balance_minor),
    lastMovementAt: isoOf(row.last_movement_at),
  }));
}
