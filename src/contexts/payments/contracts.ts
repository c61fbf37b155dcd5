import { z } from 'zod';
import type { OrderRow, OrderStatus } from '../booking/index.ts';
import { boxOfficeKinds, paymentKinds, transactionKinds } from './tables.ts';

// The payments API's request and response schemas; the web apps build on them too.
// Requests refuse unknown members; money is integer kopecks; instants ISO 8601 strings.

const id = z.uuid();
const instant = z.string().describe('ISO 8601 instant (UTC)');
const money = z.number().int().describe('kopecks');
const positiveMoney = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).describe('kopecks, more than zero');
const labelSchema = z.object({ ru: z.string(), en: z.string() });
const idempotencyKey = z.string().trim().min(1).max(200).describe('A retry with the same key returns the first result and moves no money');
const pointOfSale = z.string().trim().min(1).max(100).describe('The box office (касса) that took the money');
const note = z.string().trim().min(1).max(500);
const cardNumber = z.string().trim().min(1).max(40).describe('The card number linked to the internal account; spaces and dashes are ignored');

// Booking's statuses, spelled out rather than imported: booking will call this context
// (refunds on returns), and a value import back would read them before they exist.
const orderStatusSchema = z.enum(['formed', 'processed', 'partially_issued', 'issued', 'returned', 'cancelled'] as const satisfies readonly OrderStatus[]);
const paymentStatusSchema = z.enum(['unpaid', 'partially_paid', 'paid'] as const satisfies readonly OrderRow['paymentStatus'][]);

export const paymentKindSchema = z.enum(paymentKinds);
export const boxOfficeKindSchema = z.enum(boxOfficeKinds);
export const paymentSourceSchema = z.enum(['account', 'contract', 'box_office']);

export const orderParams = z.object({ orderId: id });
export const clientParams = z.object({ clientId: id });
export const contractParams = z.object({ contractId: id });

export const paymentSchema = z.object({
  id,
  orderId: id,
  kind: paymentKindSchema,
  kindLabel: labelSchema,
  amountMinor: money.describe('Negative for a refund'),
  currency: z.string(),
  source: paymentSourceSchema.describe("Where the money came from, and where a refund goes back to"),
  pointOfSale: z.string().nullable(),
  note: z.string().nullable(),
  refundOf: id.nullable().describe('For a refund: the payment it gives money back for'),
  createdAt: instant,
});

export const orderPaymentStateSchema = z.object({
  orderId: id,
  bookingNumber: z.string(),
  status: orderStatusSchema,
  currency: z.string(),
  totalMinor: money,
  paidMinor: money,
  remainingMinor: money,
  paymentStatus: paymentStatusSchema,
});

export const boxOfficePaymentBody = z.strictObject({ kind: boxOfficeKindSchema, amountMinor: positiveMoney, pointOfSale: pointOfSale.optional(), note: note.optional(), idempotencyKey });
export const orderPaymentResultSchema = z.object({ payment: paymentSchema, order: orderPaymentStateSchema });
export const orderPaymentsSchema = z.object({ order: orderPaymentStateSchema, payments: z.array(paymentSchema) });

export const payOnlineBody = z.strictObject({
  source: z.enum(['account', 'contract']).default('account').describe("account: the client's internal account, by its card; contract: the balance of your organisation's contract"),
  cardNumber: cardNumber.optional().describe('Required with source "account"'),
  contractId: id.optional().describe("With source \"contract\": which contract (default: the order's)"),
  idempotencyKey,
});
export const payOnlineResultSchema = orderPaymentResultSchema.extend({
  balanceAfterMinor: money.describe('What is left on the account (or contract balance) paid from'),
});

export const cardSchema = z.object({ id, last4: z.string(), masked: z.string(), linkedAt: instant });
export const linkCardBody = z.strictObject({ cardNumber });

export const topUpBody = z.strictObject({ kind: boxOfficeKindSchema, amountMinor: positiveMoney, pointOfSale: pointOfSale.optional(), note: note.optional(), idempotencyKey });
export const correctionBody = z.strictObject({
  amountMinor: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).refine((amount) => amount !== 0, 'must not be zero').describe('Signed: positive adds to the balance'),
  reason: note.describe('Why: kept in the ledger and the audit log'),
  idempotencyKey,
});
export const accountMovementResultSchema = z.object({
  transactionId: id,
  accountId: id,
  kind: z.enum(transactionKinds),
  amountMinor: money,
  balanceMinor: money.describe('The balance after this movement'),
  at: instant,
});

export const statementQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const movementSchema = z.object({
  id: z.number().int(),
  transactionId: id,
  at: instant,
  kind: z.enum(transactionKinds),
  kindLabel: labelSchema,
  paymentKind: paymentKindSchema.nullable(),
  paymentKindLabel: labelSchema.nullable(),
  amountMinor: money.describe('Signed: what the balance changed by'),
  balanceAfterMinor: money,
  orderId: id.nullable(),
  bookingNumber: z.string().nullable(),
  pointOfSale: z.string().nullable(),
  description: z.string().nullable().describe("Staff's note or reason"),
});

export const accountStatementSchema = z.object({
  owner: z.enum(['client', 'contract']),
  clientId: id.nullable(),
  contractId: id.nullable(),
  contractNumber: z.string().nullable(),
  accountId: id.nullable().describe('Null until the first movement or card'),
  currency: z.string(),
  balanceMinor: money,
  creditLimitMinor: money.describe('0 for a client account'),
  availableMinor: money.describe('What may be spent now: the balance plus the credit limit'),
  cards: z.array(cardSchema),
  movements: z.array(movementSchema).describe('Newest first'),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export type PaymentView = z.infer<typeof paymentSchema>;
export type OrderPaymentState = z.infer<typeof orderPaymentStateSchema>;
export type OrderPaymentResult = z.infer<typeof orderPaymentResultSchema>;
export type PayOnlineResult = z.infer<typeof payOnlineResultSchema>;
export type BoxOfficePaymentBody = z.infer<typeof boxOfficePaymentBody>;
export type PayOnlineBody = z.infer<typeof payOnlineBody>;
export type TopUpBody = z.infer<typeof topUpBody>;
export type CorrectionBody = z.infer<typeof correctionBody>;
export type CardView = z.infer<typeof cardSchema>;
export type AccountMovementResult = z.infer<typeof accountMovementResultSchema>;
export type AccountStatement = z.infer<typeof accountStatementSchema>;
export type Movement = z.infer<typeof movementSchema>;
export type StatementQuery = z.infer<typeof statementQuery>;
