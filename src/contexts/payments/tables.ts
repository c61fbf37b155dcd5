import { bigint, char, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The Drizzle view of migrations 0600 and 0601, column for column. Checks and triggers
// live in the SQL only: the migrations are the schema, these tables type the queries.

const money = (name: string) => bigint(name, { mode: 'number' });
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const paymentKinds = ['cash', 'bank_transfer', 'card', 'receipt_order', 'internal_account'] as const;
export type PaymentKind = (typeof paymentKinds)[number];
/** The kinds money comes in by at a point of sale (internal_account is paid online). */
export const boxOfficeKinds = ['cash', 'bank_transfer', 'card', 'receipt_order'] as const;
export type BoxOfficeKind = (typeof boxOfficeKinds)[number];

export const accountKinds = ['client', 'contract', 'box_office', 'orders', 'corrections'] as const;
export type AccountKind = (typeof accountKinds)[number];
export const transactionKinds = ['top_up', 'payment', 'refund', 'correction'] as const;
export type TransactionKind = (typeof transactionKinds)[number];
const actorKinds = ['client', 'staff', 'system'] as const;

export const ledgerAccounts = pgTable('ledger_accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind', { enum: accountKinds }).notNull(),
  clientId: uuid('client_id').unique(),
  contractId: uuid('contract_id').unique(),
  paymentKind: text('payment_kind', { enum: boxOfficeKinds }),
  currency: char('currency', { length: 3 }).notNull().default('RUB'),
  /** Cached sum of the entries; null for the system accounts, whose balance is derived when asked. */
  balanceMinor: money('balance_minor'),
  floorMinor: money('floor_minor'),
  createdAt: instant('created_at').notNull(),
});

export const ledgerTransactions = pgTable(
  'ledger_transactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: transactionKinds }).notNull(),
    paymentKind: text('payment_kind', { enum: paymentKinds }),
    orderId: uuid('order_id'),
    bookingNumber: text('booking_number'),
    pointOfSale: text('point_of_sale'),
    note: text('note'),
    reason: text('reason'),
    actorId: uuid('actor_id'),
    actorKind: text('actor_kind', { enum: actorKinds }).notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('ledger_transactions_order').on(t.orderId)],
);

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    transactionId: uuid('transaction_id').notNull().references(() => ledgerTransactions.id),
    accountId: uuid('account_id').notNull().references(() => ledgerAccounts.id),
    amountMinor: money('amount_minor').notNull(),
    balanceAfterMinor: money('balance_after_minor'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('ledger_entries_account').on(t.accountId, t.id), index('ledger_entries_transaction').on(t.transactionId)],
);

export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id').notNull(),
    kind: text('kind', { enum: paymentKinds }).notNull(),
    /** Negative for a refund. */
    amountMinor: money('amount_minor').notNull(),
    currency: char('currency', { length: 3 }).notNull().default('RUB'),
    pointOfSale: text('point_of_sale'),
    staffId: uuid('staff_id'),
    refundOf: uuid('refund_of'),
    note: text('note'),
    createdAt: instant('created_at').notNull().defaultNow(),
    sourceAccountId: uuid('source_account_id').notNull().references(() => ledgerAccounts.id),
    ledgerTransactionId: uuid('ledger_transaction_id').notNull().references(() => ledgerTransactions.id),
    /** The order payments happened in. */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
  },
  (t) => [index('payments_order').on(t.orderId, t.createdAt)],
);

export const accountCards = pgTable('account_cards', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id').notNull().references(() => ledgerAccounts.id),
  clientId: uuid('client_id').notNull(),
  numberHash: text('number_hash').notNull().unique(),
  last4: char('last4', { length: 4 }).notNull(),
  linkedBy: uuid('linked_by'),
  linkedByKind: text('linked_by_kind', { enum: actorKinds }).notNull(),
  linkedAt: instant('linked_at').notNull(),
});

export const paymentIdempotencyKeys = pgTable(
  'payment_idempotency_keys',
  {
    ownerId: uuid('owner_id').notNull(),
    key: text('key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerId, t.key] })],
);

export type LedgerAccountRow = typeof ledgerAccounts.$inferSelect;
export type LedgerTransactionRow = typeof ledgerTransactions.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
export type CardRow = typeof accountCards.$inferSelect;
