import { bigint, boolean, char, customType, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The Drizzle view of migrations/0300_identity.sql; checks and the exclusion
// constraint on active contracts live in the SQL only.

const citext = customType<{ data: string }>({ dataType: () => 'citext' });
const instant = (name: string) => timestamp(name, { withTimezone: true });

export const userKinds = ['client', 'staff'] as const;
export type UserKind = (typeof userKinds)[number];
export const documentTypes = ['passport_ru', 'passport_foreign', 'birth_certificate', 'other'] as const;
export type DocumentType = (typeof documentTypes)[number];
export const messengerKinds = ['telegram', 'vkteams'] as const;
export type MessengerKind = (typeof messengerKinds)[number];
export const locales = ['ru', 'en'] as const;
export type Locale = (typeof locales)[number];
export const contractStatuses = ['draft', 'active', 'suspended', 'closed'] as const;
export type ContractStatus = (typeof contractStatuses)[number];

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind', { enum: userKinds }).notNull(),
  login: citext('login').notNull().unique(),
  email: citext('email').unique(),
  passwordHash: text('password_hash').notNull(),
  roles: text('roles').array().notNull(),
  displayName: text('display_name').notNull(),
  disabledAt: instant('disabled_at'),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  taxId: text('tax_id').notNull().unique(),
  address: text('address').notNull().default(''),
  email: citext('email'),
  phone: text('phone'),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const clients = pgTable('clients', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull().unique().references(() => users.id),
  fullName: text('full_name').notNull(),
  phone: text('phone').notNull(),
  documentType: text('document_type', { enum: documentTypes }).notNull(),
  documentCiphertext: text('document_ciphertext').notNull(),
  documentMasked: text('document_masked').notNull(),
  personalDataConsentAt: instant('personal_data_consent_at').notNull(),
  notifyEmail: boolean('notify_email').notNull().default(true),
  notifySms: boolean('notify_sms').notNull().default(false),
  notifyMessenger: boolean('notify_messenger').notNull().default(false),
  notifyNews: boolean('notify_news').notNull().default(false),
  messengerKind: text('messenger_kind', { enum: messengerKinds }),
  messengerChatId: text('messenger_chat_id'),
  locale: text('locale', { enum: locales }).notNull().default('ru'),
  organizationId: uuid('organization_id').references(() => organizations.id),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const sessions = pgTable('sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull().unique(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: instant('created_at').notNull(),
  lastSeenAt: instant('last_seen_at').notNull(),
  idleExpiresAt: instant('idle_expires_at').notNull(),
  absoluteExpiresAt: instant('absolute_expires_at').notNull(),
});

export const loginThrottles = pgTable('login_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: instant('last_failure_at').notNull(),
  blockedUntil: instant('blocked_until'),
});

export const passwordResetTokens = pgTable('password_reset_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull().unique(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  createdAt: instant('created_at').notNull(),
  expiresAt: instant('expires_at').notNull(),
  usedAt: instant('used_at'),
});

export const contracts = pgTable('contracts', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  number: text('number').notNull().unique(),
  status: text('status', { enum: contractStatuses }).notNull(),
  validFrom: instant('valid_from').notNull(),
  validTo: instant('valid_to'),
  currency: char('currency', { length: 3 }).notNull().default('RUB'),
  creditLimitMinor: bigint('credit_limit_minor', { mode: 'number' }).notNull().default(0),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const contractPrices = pgTable('contract_prices', {
  id: uuid('id').primaryKey().defaultRandom(),
  contractId: uuid('contract_id').notNull().references(() => contracts.id, { onDelete: 'cascade' }),
  serviceId: uuid('service_id'),
  eventId: uuid('event_id'),
  zoneId: uuid('zone_id'),
  priceMinor: bigint('price_minor', { mode: 'number' }).notNull(),
});
