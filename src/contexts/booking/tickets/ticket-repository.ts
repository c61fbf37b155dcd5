import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { type TicketRow, ticketAdmissions, tickets } from '../tables.ts';

// The SQL of issuing, returning and scanning tickets (orders' own SQL is order-repository.ts).

export type TicketStatus = TicketRow['status'];
export type AdmissionRow = typeof ticketAdmissions.$inferSelect;

/** The order's tickets, locked until the transaction ends (the order is locked first). */
export async function lockTicketsOfOrder(db: Db, orderId: string): Promise<TicketRow[]> {
  return db.select().from(tickets).where(eq(tickets.orderId, orderId)).orderBy(asc(tickets.createdAt), asc(tickets.id)).for('update');
}

/** Moves the tickets to a status, stamping when they were issued or returned. */
export async function setTicketStatus(db: Db, ticketIds: readonly string[], status: 'issued' | 'returned', at: Date): Promise<void> {
  if (ticketIds.length === 0) return;
  const stamp = status === 'issued' ? { issuedAt: at } : { returnedAt: at };
  await db.update(tickets).set({ status, ...stamp }).where(inArray(tickets.id, [...ticketIds]));
}

/**
 * The ticket with this code, share-locked: a return (which locks it for update) waits for
 * the scan to finish, and a scan waits for a return, so a ticket is never both admitted
 * and refunded. Scans of one code do not wait for each other.
 */
export async function findTicketByCode(db: Db, code: string): Promise<TicketRow | null> {
  const [row] = await db.select().from(tickets).where(eq(tickets.code, code)).for('share');
  return row ?? null;
}

/** The ticket's admissions, in the order they were planned. */
export async function admissionsOfTicket(db: Db, ticketId: string): Promise<AdmissionRow[]> {
  return db.select().from(ticketAdmissions).where(eq(ticketAdmissions.ticketId, ticketId)).orderBy(asc(ticketAdmissions.id));
}

/**
 * Marks the ticket admitted to the event, in one conditional statement: only if the
 * ticket is issued and this admission was not used. Of two gates scanning at once,
 * exactly one gets the row back; the other gets null.
 */
export async function admitOnce(db: Db, input: { ticketId: string; eventId: string | null; at: Date; by: string }): Promise<AdmissionRow | null> {
  const [row] = await db
    .update(ticketAdmissions)
    .set({ checkedInAt: input.at, checkedInBy: input.by })
    .where(
      and(
        eq(ticketAdmissions.ticketId, input.ticketId),
        input.eventId === null ? isNull(ticketAdmissions.eventId) : eq(ticketAdmissions.eventId, input.eventId),
        isNull(ticketAdmissions.checkedInAt),
        sql`exists (select 1 from ${tickets} where ${tickets.id} = ${input.ticketId} and ${tickets.status} = 'issued')`,
      ),
    )
    .returning();
  return row ?? null;
}

/** How many of the order's tickets are in each status. */
export async function countTicketsByStatus(db: Db, orderId: string): Promise<Record<TicketStatus, number>> {
  const rows = await db
    .select({ status: tickets.status, count: sql<number>`count(*)::int` })
    .from(tickets)
    .where(eq(tickets.orderId, orderId))
    .groupBy(tickets.status);
  const counts: Record<TicketStatus, number> = { active: 0, issued: 0, returned: 0, cancelled: 0 };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}
