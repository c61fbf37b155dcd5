import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { ledgerAccounts, ledgerEntries, ledgerTransactions, type LedgerTransactionRow } from '../tables.ts';

// The SQL of the ledger's writes: transactions, entries and the cached balances.

export type NewLedgerTransactionRow = typeof ledgerTransactions.$inferInsert;
export type NewLedgerEntryRow = typeof ledgerEntries.$inferInsert;

export async function insertLedgerTransaction(db: Db, row: NewLedgerTransactionRow): Promise<LedgerTransactionRow> {
  const [inserted] = await db.insert(ledgerTransactions).values(row).returning();
  if (!inserted) throw new Error('ledger transaction insert returned no row');
  return inserted;
}

export async function insertLedgerEntries(db: Db, rows: NewLedgerEntryRow[]): Promise<void> {
  await db.insert(ledgerEntries).values(rows);
}

/**
 * Moves a cached balance by `amountMinor` in one conditional UPDATE: a debit happens only
 * if the balance stays at or above the floor (`newFloorMinor`, when given, replaces the
 * stored one). The row lock it takes makes a concurrent debit wait and then see the new
 * balance, so two debits can never both spend the same money. Null: the floor refused it.
 */
export async function moveCachedBalance(db: Db, accountId: string, amountMinor: number, newFloorMinor?: number): Promise<number | null> {
  const floor = newFloorMinor ?? sql`${ledgerAccounts.floorMinor}`;
  const [row] = await db
    .update(ledgerAccounts)
    .set({ balanceMinor: sql`${ledgerAccounts.balanceMinor} + ${amountMinor}`, ...(newFloorMinor === undefined ? {} : { floorMinor: newFloorMinor }) })
    .where(and(eq(ledgerAccounts.id, accountId), amountMinor < 0 ? sql`${ledgerAccounts.balanceMinor} + ${amountMinor} >= ${floor}` : undefined))
    .returning({ balanceMinor: ledgerAccounts.balanceMinor });
  return row?.balanceMinor ?? null;
}

export async function cachedBalanceOf(db: Db, accountId: string): Promise<{ balanceMinor: number; floorMinor: number } | null> {
  const [row] = await db
    .select({ balanceMinor: ledgerAccounts.balanceMinor, floorMinor: ledgerAccounts.floorMinor })
    .from(ledgerAccounts)
    .where(eq(ledgerAccounts.id, accountId));
  if (!row || row.balanceMinor === null || row.floorMinor === null) return null;
  return { balanceMinor: row.balanceMinor, floorMinor: row.floorMinor };
}
