import { asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { outboxMessages, type OutboxRow } from '../tables.ts';

/** The oldest messages not yet planned, locked for this transaction; others skip them. */
export async function claimUnplannedMessages(tx: Db, limit: number): Promise<OutboxRow[]> {
  return tx
    .select()
    .from(outboxMessages)
    .where(isNull(outboxMessages.fannedOutAt))
    .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markFannedOut(tx: Db, messageId: string, at: Date, note: string | null): Promise<void> {
  await tx.update(outboxMessages).set({ fannedOutAt: at, fanOutNote: note }).where(eq(outboxMessages.id, messageId));
}
