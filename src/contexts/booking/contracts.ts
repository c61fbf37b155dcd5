import { z } from 'zod';
import { quoteLineSchema, quotedLineSchema } from '../pricing/index.ts';
import { orderStatuses, paymentStatuses, requestStatuses } from './tables.ts';

// The booking API's request and response schemas; the web apps build on them too.
// Requests refuse unknown members; responses are plain JSON: instants are ISO 8601
// strings, money integer kopecks, statuses English codes with Russian/English labels.

const id = z.uuid();
const instant = z.string().describe('ISO 8601 instant (UTC)');
const money = z.number().int().describe('kopecks');
const reasonText = z.string().trim().min(1).max(500);

export const labelSchema = z.object({ ru: z.string(), en: z.string() });
export const requestStatusSchema = z.enum(requestStatuses);
export const orderStatusSchema = z.enum(orderStatuses);
export const paymentStatusSchema = z.enum(paymentStatuses);

export const historyEntrySchema = z.object({
  from: z.string().nullable(),
  to: z.string(),
  toLabel: labelSchema,
  at: instant,
  actorKind: z.enum(['client', 'staff', 'system']),
  reason: z.string().nullable(),
});

export const requestLineSchema = z.object({
  id,
  lineNo: z.number().int(),
  status: z.enum(['active', 'refused']),
  refusedReason: z.string().nullable(),
  kind: quotedLineSchema.shape.kind,
  description: z.string().nullable(),
  eventId: id.nullable(),
  serviceId: id.nullable(),
  zoneId: id.nullable(),
  seatIds: z.array(id),
  quantity: z.number().int(),
  unitPriceMinor: money.nullable(),
  amountMinor: money,
  currency: z.string(),
  factors: quotedLineSchema.shape.factors,
  priceOverride: z
    .object({ unitPriceMinor: money, listUnitPriceMinor: money.nullable(), reason: z.string() })
    .nullable()
    .describe('A price set by an operator, with the reason; it replaces the unit price'),
  choice: z.record(z.string(), z.unknown()).describe('The line as the client sent it (or as the operator adjusted it)'),
});

export const orderSummarySchema = z.object({
  id,
  bookingNumber: z.string(),
  status: orderStatusSchema,
  statusLabel: labelSchema,
  paymentStatus: paymentStatusSchema,
  paymentStatusLabel: labelSchema,
  currency: z.string(),
  totalMinor: money,
  paidMinor: money,
  confirmDeadline: instant.nullable(),
  confirmedAt: instant.nullable(),
  reason: z.string().nullable(),
  createdAt: instant,
});

export const requestSchema = z.object({
  id,
  bookingNumber: z.string(),
  clientId: id,
  status: requestStatusSchema,
  statusLabel: labelSchema,
  currency: z.string(),
  totalMinor: money.describe('The sum of the active lines'),
  heldUntil: instant.describe('Until when the chosen seats are held'),
  reason: z.string().nullable(),
  assignedTo: id.nullable(),
  createdAt: instant,
  updatedAt: instant,
  lines: z.array(requestLineSchema),
  order: orderSummarySchema.nullable(),
});

export const heldUnitSchema = z.object({
  kind: z.enum(['seat', 'place', 'unit']),
  eventId: id.nullable(),
  seatId: id.nullable(),
  zoneId: id.nullable(),
  placeNo: z.number().int().nullable(),
  serviceId: id.nullable(),
  unitNo: z.number().int().nullable(),
  status: z.enum(['held', 'sold']),
  heldUntil: instant.nullable(),
});

export const requestDetailSchema = requestSchema.extend({
  history: z.array(historyEntrySchema),
  holds: z.array(heldUnitSchema).optional().describe('Staff only: what the hold has now'),
});

export const ticketSchema = z.object({
  id,
  code: z.string().nullable().describe('Shown once the ticket is issued'),
  status: z.enum(['active', 'issued', 'returned', 'cancelled']),
  statusLabel: labelSchema,
  eventId: id.nullable(),
  serviceId: id.nullable(),
  zoneId: id.nullable(),
  seatId: id.nullable(),
  placeNo: z.number().int().nullable(),
  unitNo: z.number().int().nullable(),
  priceMinor: money.describe('Frozen when the order was formed; a return refunds it'),
  currency: z.string(),
  admissions: z.array(z.object({ eventId: id.nullable(), seatId: id.nullable(), checkedInAt: instant.nullable() })),
});

export const orderDetailSchema = orderSummarySchema.extend({
  requestId: id,
  tickets: z.array(ticketSchema),
  history: z.array(historyEntrySchema),
});

const pageMeta = { total: z.number().int(), limit: z.number().int(), offset: z.number().int() };
export const requestPageSchema = z.object({
  items: z.array(requestSchema.omit({ lines: true }).extend({ lineCount: z.number().int() })),
  ...pageMeta,
  countsByStatus: z.record(requestStatusSchema, z.number().int()).describe('Within the other filters, whatever the status filter'),
});
export const orderPageSchema = z.object({ items: z.array(orderSummarySchema), ...pageMeta });

// ---- requests ----

export const idempotencyKeySchema = z.string().trim().min(1).max(200);

export const submitRequestBodySchema = z.strictObject({
  lines: z.array(quoteLineSchema).min(1).max(100),
  idempotencyKey: idempotencyKeySchema.optional().describe('A retry with the same key returns the first result; also accepted as the Idempotency-Key header'),
});
export const submitRequestHeadersSchema = z.object({ 'idempotency-key': idempotencyKeySchema.optional() });

export const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const staffRequestQuerySchema = z.strictObject({
  status: requestStatusSchema.optional(),
  clientId: id.optional(),
  bookingNumber: z.string().trim().min(1).max(20).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().describe('Submitted at or after'),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().describe('Submitted before'),
  ...paging,
});

export const myListQuerySchema = z.strictObject({ ...paging });

export const adjustLineBodySchema = z
  .strictObject({
    seatIds: z.array(id).min(1).max(500).optional().describe('Other seats: the new ones are held first, then the old ones released'),
    quantity: z.number().int().min(1).max(10_000).optional(),
    visitObjectIds: z.array(id).max(100).optional(),
    visitors: z.array(z.strictObject({ categoryId: id, count: z.number().int().min(1).max(10_000) })).min(1).max(50).optional(),
    visitorCount: z.number().int().min(1).max(10_000).optional(),
    visitDate: z.iso.date().optional(),
    visitTime: z.iso.time({ precision: -1 }).optional(),
    remove: z.literal(true).optional().describe('Refuse the line (needs a reason)'),
    priceOverrideMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().describe('A unit price set by the operator (needs a reason)'),
    reason: reasonText.optional(),
  })
  .refine((body) => !(body.remove || body.priceOverrideMinor !== undefined) || body.reason !== undefined, {
    message: 'a reason is required to remove a line or to set a price',
    path: ['reason'],
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'reason'), { message: 'nothing to change', path: [] });

export const rejectBodySchema = z.strictObject({ reason: reasonText });
export const processBodySchema = z
  .strictObject({ refuse: z.array(z.strictObject({ lineId: id, reason: reasonText })).max(100).optional() })
  .nullish()
  .describe('Optional: the lines to refuse, each with its reason');
export const cancelBodySchema = z.strictObject({ reason: reasonText.optional() }).nullish().describe('Optional: why');

export const confirmByLinkQuerySchema = z.object({ token: z.string().min(1).max(300) });
export const confirmByLinkResponseSchema = z.object({
  bookingNumber: z.string(),
  status: orderStatusSchema,
  statusLabel: labelSchema,
  alreadyConfirmed: z.boolean(),
});

export type RequestView = z.infer<typeof requestSchema>;
export type RequestDetail = z.infer<typeof requestDetailSchema>;
export type RequestLineView = z.infer<typeof requestLineSchema>;
export type OrderSummary = z.infer<typeof orderSummarySchema>;
export type OrderDetail = z.infer<typeof orderDetailSchema>;
export type TicketView = z.infer<typeof ticketSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type HeldUnitView = z.infer<typeof heldUnitSchema>;
export type SubmitRequestBody = z.infer<typeof submitRequestBodySchema>;
export type AdjustLineBody = z.infer<typeof adjustLineBodySchema>;
export type StaffRequestQuery = z.infer<typeof staffRequestQuerySchema>;
export type RequestPage = z.infer<typeof requestPageSchema>;
export type OrderPage = z.infer<typeof orderPageSchema>;
