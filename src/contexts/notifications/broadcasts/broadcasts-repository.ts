import { and, count, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { broadcasts, deliveries, outboxMessages, type BroadcastRow, type DeliveryStatus } from '../tables.ts';
import type { ChannelName } from '../channels/channel.ts';

export async function insertBroadcast(db: Db, values: typeof broadcasts.$inferInsert): Promise<BroadcastRow> {
  const [row] = await db.insert(broadcasts).values(values).returning();
  if (!row) throw new Error('broadcast insert returned no row');
  return row;
}

export async function findBroadcast(db: Db, id: string): Promise<BroadcastRow | null> {
  const [row] = await db.select().from(broadcasts).where(eq(broadcasts.id, id)).limit(1);
  return row ?? null;
}

/** Locks the broadcast; with `skipLocked`, null when someone else holds it right now. */
export async function lockBroadcast(tx: Db, id: string, options: { skipLocked?: boolean } = {}): Promise<BroadcastRow | null> {
  const query = tx.select().from(broadcasts).where(eq(broadcasts.id, id)).limit(1);
  const [row] = await (options.skipLocked ? query.for('update', { skipLocked: true }) : query.for('update'));
  return row ?? null;
}

export async function updateBroadcast(tx: Db, id: string, values: Partial<typeof broadcasts.$inferInsert>): Promise<BroadcastRow> {
  const [row] = await tx.update(broadcasts).set(values).where(eq(broadcasts.id, id)).returning();
  if (!row) throw new Error(`broadcast ${id} vanished`);
  return row;
}

export async function listBroadcastRows(db: Db, limit: number): Promise<BroadcastRow[]> {
  return db.select().from(broadcasts).orderBy(desc(broadcasts.createdAt), desc(broadcasts.id)).limit(limit);
}

/** Broadcasts being sent: some still queueing their recipients, some waiting for deliveries to finish. */
export async function unfinishedBroadcastIds(db: Db): Promise<{ id: string; queued: boolean }[]> {
  const rows = await db.select({ id: broadcasts.id, enqueuedAt: broadcasts.enqueuedAt }).from(broadcasts).where(eq(broadcasts.status, 'sending'));
  return rows.map((row) => ({ id: row.id, queued: row.enqueuedAt !== null }));
}

/** One outbox message per recipient; a client already queued for this broadcast is skipped. Returns how many were added. */
export async function queueBroadcastMessages(tx: Db, broadcastId: string, clientIds: string[], at: Date): Promise<number> {
  if (clientIds.length === 0) return 0;
  const rows = await tx
    .insert(outboxMessages)
    .values(clientIds.map((clientId) => ({ topic: 'broadcast', clientId, broadcastId, data: { broadcastId }, createdAt: at })))
    .onConflictDoNothing()
    .returning({ id: outboxMessages.id });
  return rows.length;
}

export interface BroadcastCounts {
  planned: number;
  unplanned: number;
  byChannelAndStatus: { channel: ChannelName; status: DeliveryStatus; n: number }[];
}

export async function broadcastCounts(db: Db, broadcastId: string): Promise<BroadcastCounts> {
  const messages = await db
    .select({ planned: sql<boolean>`${outboxMessages.fannedOutAt} is not null`, n: count() })
    .from(outboxMessages)
    .where(eq(outboxMessages.broadcastId, broadcastId))
    .groupBy(sql`1`);
  const byChannelAndStatus = await db
    .select({ channel: deliveries.channel, status: deliveries.status, n: count() })
    .from(deliveries)
    .where(eq(deliveries.broadcastId, broadcastId))
    .groupBy(deliveries.channel, deliveries.status);
  return {
    planned: messages.find((m) => m.planned)?.n ?? 0,
    unplanned: messages.find((m) => !m.planned)?.n ?? 0,
    byChannelAndStatus,
  };
}

/** Nothing of it left to plan or send. */
export async function broadcastIsDone(db: Db, broadcastId: string): Promise<boolean> {
  const [unplanned] = await db
    .select({ n: count() })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.broadcastId, broadcastId), isNull(outboxMessages.fannedOutAt)));
  const [open] = await db
    .select({ n: count() })
    .from(deliveries)
    .where(and(eq(deliveries.broadcastId, broadcastId), isNotNull(deliveries.broadcastId), inArray(deliveries.status, ['pending', 'sending'])));
  return (unplanned?.n ?? 0) === 0 && (open?.n ?? 0) === 0;
}
