import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { ledgerAccounts, payments, type AccountKind, type PaymentRow } from '../tables.ts';

// The SQL of payment rows: the record of each payment and refund of an order.

export type NewPaymentRow = typeof payments.$inferInsert;
export type PaymentWithSource = PaymentRow & { sourceKind: AccountKind };

export async function insertPayments(db: Db, rows: NewPaymentRow[]): Promise<PaymentRow[]> {
  if (rows.length === 0) return [];
  return db.insert(payments).values(rows).returning();
}

/** The order's payments and refunds, oldest first, with the kind of account each came from. */
export async function paymentsOfOrder(db: Db, orderId: string): Promise<PaymentWithSource[]> {
  const rows = await db
    .select({ payment: payments, sourceKind: ledgerAccounts.kind })
    .from(payments)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, payments.sourceAccountId))
    .where(eq(payments.orderId, orderId))
    .orderBy(asc(payments.seq));
  return rows.map((row) => ({ ...row.payment, sourceKind: row.sourceKind }));
}

export interface RefundablePayment {
  payment: PaymentWithSource;
  /** What is still not given back of it. */
  refundableMinor: number;
}

/** The order's payments with what is left to refund of each, latest first (the order refunds go in). */
export async function refundablePayments(db: Db, orderId: string): Promise<RefundablePayment[]> {
  const refunded = db
    .select({ refundOf: payments.refundOf, refundedMinor: sql<number>`-sum(${payments.amountMinor})`.mapWith(Number).as('refunded_minor') })
    .from(payments)
    .where(eq(payments.orderId, orderId))
    .groupBy(payments.refundOf)
    .as('refunded');
  const rows = await db
    .select({ payment: payments, sourceKind: ledgerAccounts.kind, refundedMinor: refunded.refundedMinor })
    .from(payments)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, payments.sourceAccountId))
    .leftJoin(refunded, eq(refunded.refundOf, payments.id))
    .where(sql`${payments.orderId} = ${orderId} and ${payments.amountMinor} > 0`)
    .orderBy(desc(payments.seq));
  return rows.map((row) => ({
    payment: { ...row.payment, sourceKind: row.sourceKind },
    refundableMinor: row.payment.amountMinor - (row.refundedMinor ?? 0),
  }));
}
