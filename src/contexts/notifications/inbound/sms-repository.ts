import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import type { ReceiptState } from '../channels/sms/deliver-sm.ts';
import { deliveries, inboundSms, smsParts } from '../tables.ts';
import { combineReceipts } from './receipt-state.ts';

/** Links the SMSC's ids of a sent text's parts to its delivery (a receipt may have come first). */
export async function linkSmsParts(tx: Db, deliveryId: string, smscMessageIds: string[]): Promise<void> {
  const rows = smscMessageIds.filter((id) => id !== '').map((smscMessageId, index) => ({ smscMessageId, deliveryId, partNo: index + 1 }));
  if (rows.length === 0) return;
  await tx
    .insert(smsParts)
    .values(rows)
    .onConflictDoUpdate({ target: smsParts.smscMessageId, set: { deliveryId, partNo: sql`excluded.part_no` } });
  await refreshReceiptState(tx, deliveryId);
}

/** Records a part's receipt; returns the delivery it belongs to, when known yet. */
export async function recordPartReceipt(tx: Db, smscMessageId: string, state: ReceiptState, at: Date): Promise<string | null> {
  const [part] = await tx
    .insert(smsParts)
    .values({ smscMessageId, state, receiptAt: at })
    .onConflictDoUpdate({ target: smsParts.smscMessageId, set: { state, receiptAt: at } })
    .returning({ deliveryId: smsParts.deliveryId });
  if (part?.deliveryId) await refreshReceiptState(tx, part.deliveryId);
  return part?.deliveryId ?? null;
}

async function refreshReceiptState(tx: Db, deliveryId: string): Promise<void> {
  const parts = await tx.select({ state: smsParts.state, receiptAt: smsParts.receiptAt }).from(smsParts).where(eq(smsParts.deliveryId, deliveryId));
  const state = combineReceipts(parts.map((p) => p.state ?? null));
  const times = parts.flatMap((p) => (p.receiptAt ? [p.receiptAt.getTime()] : []));
  await tx
    .update(deliveries)
    .set({ receiptState: state, receiptAt: times.length > 0 ? new Date(Math.max(...times)) : null })
    .where(eq(deliveries.id, deliveryId));
}

export async function insertInboundSms(tx: Db, row: typeof inboundSms.$inferInsert): Promise<void> {
  await tx.insert(inboundSms).values(row);
}
