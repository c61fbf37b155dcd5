import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/types.ts';
import { type RequestLineRow, type RequestRow, requestLines, requests } from './tables.ts';

// The SQL of requests and their lines. Locks are taken by id, one row at a time.

export type NewRequest = typeof requests.$inferInsert;
export type NewRequestLine = Omit<typeof requestLines.$inferInsert, 'requestId'>;

/**
 * Inserts the request unless its booking number is taken (then null: draw another).
 * A reused idempotency key is not absorbed: it fails the statement (23505), and the
 * caller answers with the first submission.
 */
export async function insertRequest(db: Db, row: NewRequest): Promise<RequestRow | null> {
  const [inserted] = await db.insert(requests).values(row).onConflictDoNothing({ target: requests.bookingNumber }).returning();
  return inserted ?? null;
}

export async function insertRequestLines(db: Db, requestId: string, lines: readonly NewRequestLine[]): Promise<RequestLineRow[]> {
  if (lines.length === 0) return [];
  return db.insert(requestLines).values(lines.map((line) => ({ ...line, requestId }))).returning();
}

/** Serialises submissions of one client with one idempotency key until the transaction ends. */
export async function lockIdempotencyKey(db: Db, clientId: string, key: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${clientId}:${key}`}, 0))`);
}

export async function findRequestByKey(db: Db, clientId: string, idempotencyKey: string): Promise<RequestRow | null> {
  const [row] = await db
    .select()
    .from(requests)
    .where(and(eq(requests.clientId, clientId), eq(requests.idempotencyKey, idempotencyKey)));
  return row ?? null;
}

export async function findRequest(db: Db, id: string): Promise<RequestRow | null> {
  const [row] = await db.select().from(requests).where(eq(requests.id, id));
  return row ?? null;
}

/** The request, locked until the transaction ends, so two operators never change it at once. */
export async function lockRequest(db: Db, id: string): Promise<RequestRow | null> {
  const [row] = await db.select().from(requests).where(eq(requests.id, id)).for('update');
  return row ?? null;
}

export async function linesOf(db: Db, requestId: string): Promise<RequestLineRow[]> {
  return db.select().from(requestLines).where(eq(requestLines.requestId, requestId)).orderBy(asc(requestLines.lineNo));
}

export async function updateRequest(db: Db, id: string, patch: Partial<NewRequest>): Promise<RequestRow> {
  const [row] = await db.update(requests).set(patch).where(eq(requests.id, id)).returning();
  if (!row) throw new Error(`request ${id} vanished while locked`);
  return row;
}

export async function updateLine(db: Db, id: string, patch: Partial<NewRequestLine>): Promise<RequestLineRow> {
  const [row] = await db.update(requestLines).set(patch).where(eq(requestLines.id, id)).returning();
  if (!row) throw new Error(`request line ${id} vanished while locked`);
  return row;
}

/** Marks lines refused, each with its reason. */
export async function refuseLines(db: Db, refusals: readonly { lineId: string; reason: string }[]): Promise<void> {
  for (const refusal of refusals) {
    await db.update(requestLines).set({ status: 'refused', refusedReason: refusal.reason }).where(eq(requestLines.id, refusal.lineId));
  }
}

/** Requests whose hold lapsed before anyone processed them, locked; others' locked rows are skipped. */
export async function claimExpiredRequests(db: Db, now: Date, limit: number): Promise<RequestRow[]> {
  return db
    .select()
    .from(requests)
    .where(and(sql`${requests.status} in ('not_processed', 'in_processing')`, sql`${requests.heldUntil} < ${now.toISOString()}::timestamptz`))
    .orderBy(asc(requests.heldUntil))
    .limit(limit)
    .for('update', { skipLocked: true });
}
