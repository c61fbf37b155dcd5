import { z } from 'zod';
import { orderDetailSchema, orderStatusSchema, orderSummarySchema, paging, paymentStatusSchema } from '../contracts.ts';

// The staff order list and detail (box office, operators, managers): schemas of the
// requests and responses, imported by the back office too.

const id = z.uuid();
const instant = z.string().describe('ISO 8601 instant (UTC)');
const money = z.number().int().describe('kopecks');

export const paymentKindSchema = z.enum(['cash', 'bank_transfer', 'card', 'receipt_order', 'internal_account']);

export const staffOrderQuerySchema = z.strictObject({
  status: orderStatusSchema.optional(),
  paymentStatus: paymentStatusSchema.optional(),
  paymentKind: paymentKindSchema.optional().describe('Orders with at least one payment of this kind'),
  clientId: id.optional(),
  bookingNumber: z.string().trim().min(1).max(20).optional().describe('As typed: spaces, dashes and Cyrillic look-alikes are forgiven'),
  createdFrom: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().describe('Formed at or after'),
  createdTo: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().describe('Formed before'),
  eventDate: z.iso.date().optional().describe("Orders with a ticket for an event on this date (the venue's calendar)"),
  ...paging,
});

export const staffOrderItemSchema = orderSummarySchema.extend({
  clientId: id,
  contractId: id.nullable(),
  ticketCount: z.number().int(),
});

export const staffOrderPageSchema = z.object({
  items: z.array(staffOrderItemSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  countsByStatus: z.record(orderStatusSchema, z.number().int()).describe('Within the other filters, whatever the status filter'),
});

export const orderPaymentSchema = z.object({
  id,
  orderId: id,
  kind: paymentKindSchema,
  kindLabel: z.object({ ru: z.string(), en: z.string() }),
  amountMinor: money.describe('Negative for a refund'),
  currency: z.string(),
  source: z.enum(['account', 'contract', 'box_office']).describe('Where the money came from, and where a refund goes back to'),
  pointOfSale: z.string().nullable(),
  note: z.string().nullable(),
  refundOf: id.nullable(),
  createdAt: instant,
});

export const staffOrderDetailSchema = orderDetailSchema.extend({
  clientId: id,
  contractId: id.nullable(),
  payments: z.array(orderPaymentSchema),
});

export type StaffOrderQuery = z.infer<typeof staffOrderQuerySchema>;
export type StaffOrderPage = z.infer<typeof staffOrderPageSchema>;
export type StaffOrderDetail = z.infer<typeof staffOrderDetailSchema>;
export type OrderPaymentView = z.infer<typeof orderPaymentSchema>;
