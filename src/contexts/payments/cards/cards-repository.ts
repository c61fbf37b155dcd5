import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { accountCards, type CardRow } from '../tables.ts';

// The SQL of linked cards.

export async function findCardByHash(db: Db, numberHash: string): Promise<CardRow | null> {
  const [row] = await db.select().from(accountCards).where(eq(accountCards.numberHash, numberHash));
  return row ?? null;
}

/** Links the card unless its number is linked already (then null: the caller reads who has it). */
export async function insertCard(db: Db, row: typeof accountCards.$inferInsert): Promise<CardRow | null> {
  const [inserted] = await db.insert(accountCards).values(row).onConflictDoNothing({ target: accountCards.numberHash }).returning();
  return inserted ?? null;
}

export async function cardsOfClient(db: Db, clientId: string): Promise<CardRow[]> {
  return db.select().from(accountCards).where(eq(accountCards.clientId, clientId)).orderBy(asc(accountCards.linkedAt), asc(accountCards.id));
}
