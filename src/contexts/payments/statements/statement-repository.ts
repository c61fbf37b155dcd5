import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { ledgerEntries, ledgerTransactions } from '../tables.ts';

// The SQL of statements: an account's entries with the movement each belongs to.

export async function movementsOf(db: Db, accountId: string, page: { limit: number; offset: number }) {
  return db
    .select({ entry: ledgerEntries, transaction: ledgerTransactions })
    .from(ledgerEntries)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
    .where(eq(ledgerEntries.accountId, accountId))
    .orderBy(desc(ledgerEntries.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countMovements(db: Db, accountId: string): Promise<number> {
  const [row] = await db.select({ total: count() }).from(ledgerEntries).where(eq(ledgerEntries.accountId, accountId));
  return row?.total ?? 0;
}
