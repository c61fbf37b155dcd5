import { bigint, char, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

// The Drizzle view of migrations/0500_booking.sql, column for column. Checks live in the
// SQL only: the migration is the schema, these tables are how queries are typed.

const money = (name: string) => bigint(name, { mode: 'number' });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const requestStatuses = ['not_processed', 'in_processing', 'rejected', 'processed'] as const;
export const orderStatuses = ['formed', 'processed', 'partially_issued', 'issued', 'returned', 'cancelled'] as const;
export const paymentStatuses = ['unpaid', 'partially_paid', 'paid'] as const;
export const lineStatuses = ['active', 'refused'] as const;
export const ticketStatuses = ['active', 'issued', 'returned', 'cancelled'] as const;
export const historyEntities = ['request', 'order', 'ticket'] as const;
export const actorKinds = ['client', 'staff', 'system'] as const;

export const requests = pgTable(
  'requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookingNumber: text('booking_number').notNull().unique(),
    clientId: uuid('client_id').notNull(),
    status: text('status', { enum: requestStatuses }).notNull().default('not_processed'),
    idempotencyKey: text('idempotency_key'),
    /** What the submitted body was (0501), so a reused key with another body is told apart. */
    idempotencyFingerprint: text('idempotency_fingerprint'),
    currency: char('currency', { length: 3 }).notNull().default('RUB'),
    totalMinor: money('total_minor').notNull().default(0),
    holdId: uuid('hold_id').notNull(),
    heldUntil: instant('held_until').notNull(),
    assignedTo: uuid('assigned_to'),
    reason: text('reason'),
    contractId: uuid('contract_id'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.clientId, t.idempotencyKey),
    index('requests_client').on(t.clientId, t.createdAt),
    index('requests_status').on(t.status, t.createdAt),
  ],
);

export const requestLines = pgTable(
  'request_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id').notNull().references(() => requests.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    eventId: uuid('event_id'),
    serviceId: uuid('service_id'),
    zoneId: uuid('zone_id'),
    seatIds: uuid('seat_ids').array().notNull().default([]),
    quantity: integer('quantity').notNull(),
    /** The line as the client sent it (pricing's quote line). */
    choice: jsonb('choice').notNull().$type<Record<string, unknown>>(),
    /** The line as priced: pricing's PricedLine, with its frozen snapshot. */
    priced: jsonb('priced').notNull().$type<Record<string, unknown>>(),
    amountMinor: money('amount_minor').notNull(),
    status: text('status', { enum: lineStatuses }).notNull().default('active'),
    refusedReason: text('refused_reason'),
  },
  (t) => [unique().on(t.requestId, t.lineNo)],
);

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id').notNull().unique().references(() => requests.id),
    bookingNumber: text('booking_number').notNull().unique(),
    clientId: uuid('client_id').notNull(),
    status: text('status', { enum: orderStatuses }).notNull().default('formed'),
    currency: char('currency', { length: 3 }).notNull().default('RUB'),
    totalMinor: money('total_minor').notNull(),
    paidMinor: money('paid_minor').notNull().default(0),
    paymentStatus: text('payment_status', { enum: paymentStatuses }).notNull().default('unpaid'),
    confirmDeadline: instant('confirm_deadline'),
    confirmedAt: instant('confirmed_at'),
    contractId: uuid('contract_id'),
    reason: text('reason'),
    /** When the "expires soon" message went (0501): once per order. */
    remindedAt: instant('reminded_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('orders_client').on(t.clientId, t.createdAt), index('orders_status').on(t.status, t.createdAt)],
);

export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id').notNull().references(() => orders.id),
    requestLineId: uuid('request_line_id').references(() => requestLines.id),
    code: text('code').notNull().unique(),
    eventId: uuid('event_id'),
    serviceId: uuid('service_id'),
    zoneId: uuid('zone_id'),
    seatId: uuid('seat_id'),
    placeNo: integer('place_no'),
    unitNo: integer('unit_no'),
    priceMinor: money('price_minor').notNull(),
    currency: char('currency', { length: 3 }).notNull().default('RUB'),
    priceSnapshot: jsonb('price_snapshot').notNull().$type<Record<string, unknown>>(),
    status: text('status', { enum: ticketStatuses }).notNull().default('active'),
    issuedAt: instant('issued_at'),
    returnedAt: instant('returned_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('tickets_order').on(t.orderId)],
);

export const ticketAdmissions = pgTable('ticket_admissions', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  ticketId: uuid('ticket_id').notNull().references(() => tickets.id),
  eventId: uuid('event_id'),
  seatId: uuid('seat_id'),
  checkedInAt: instant('checked_in_at'),
  checkedInBy: uuid('checked_in_by'),
});

export const statusHistory = pgTable(
  'status_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    entity: text('entity', { enum: historyEntities }).notNull(),
    entityId: uuid('entity_id').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id'),
    actorKind: text('actor_kind', { enum: actorKinds }).notNull(),
    reason: text('reason'),
    at: instant('at').notNull().defaultNow(),
  },
  (t) => [index('status_history_entity').on(t.entity, t.entityId, t.at)],
);

export type RequestStatus = (typeof requestStatuses)[number];
export type OrderStatus = (typeof orderStatuses)[number];
export type RequestRow = typeof requests.$inferSelect;
export type RequestLineRow = typeof requestLines.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type TicketRow = typeof tickets.$inferSelect;
export type HistoryRow = typeof statusHistory.$inferSelect;
