import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const outboxMessages = pgTable('outbox_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  topic: text('topic').notNull(),
  clientId: uuid('client_id'),
  email: text('email'),
  requestId: uuid('request_id'),
  orderId: uuid('order_id'),
  bookingNumber: text('booking_number'),
  data: jsonb('data').notNull().$type<Record<string, unknown>>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  fannedOutAt: timestamp('fanned_out_at', { withTimezone: true }),
});
