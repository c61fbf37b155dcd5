import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { deliveries, type DeliveryRow, type NewDelivery } from '../tables.ts';
import type { AttemptVerdict } from './retry-policy.ts';

/** Plans deliveries; planning a message twice (a retried fan-out) adds nothing. */
export async function insertDeliveries(tx: Db, rows: NewDelivery[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(deliveries).values(rows).onConflictDoNothing({ target: [deliveries.messageId, deliveries.channel] });
}

/**
 * Takes up to `limit` deliveries that are due, and those whose sender's lease ran out
 * (it crashed or hung mid-send), marking them 'sending' until `leaseUntil`. The attempt
 * count goes up here, so it also fences: only the holder of this count may record the outcome.
 */
export async function claimDueDeliveries(tx: Db, now: Date, leaseUntil: Date, limit: number): Promise<DeliveryRow[]> {
  const due = tx
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(
      or(
        and(eq(deliveries.status, 'pending'), lte(deliveries.nextAttemptAt, now)),
        and(eq(deliveries.status, 'sending'), lte(deliveries.leaseUntil, now)),
      ),
    )
    .orderBy(asc(deliveries.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return tx
    .update(deliveries)
    .set({ status: 'sending', leaseUntil, attempts: sql`${deliveries.attempts} + 1`, updatedAt: now })
    .where(inArray(deliveries.id, due))
    .returning();
}

/** Records an attempt's outcome; false when the lease was lost to another dispatcher meanwhile. */
export async function recordAttempt(tx: Db, claimed: Pick<DeliveryRow, 'id' | 'attempts'>, verdict: AttemptVerdict, now: Date): Promise<boolean> {
  const common = { leaseUntil: null, updatedAt: now };
  const values = (() => {
    switch (verdict.status) {
      case 'delivered':
        return { ...common, status: 'delivered' as const, deliveredAt: now, providerId: verdict.providerId, lastError: null };
      case 'pending':
        return { ...common, status: 'pending' as const, nextAttemptAt: verdict.nextAttemptAt, lastError: verdict.lastError };
      case 'failed':
        return { ...common, status: 'failed' as const, failedAt: now, lastError: verdict.lastError };
    }
  })();
  const updated = await tx
    .update(deliveries)
    .set(values)
    .where(and(eq(deliveries.id, claimed.id), eq(deliveries.status, 'sending'), eq(deliveries.attempts, claimed.attempts)))
    .returning({ id: deliveries.id });
  return updated.length === 1;
}
