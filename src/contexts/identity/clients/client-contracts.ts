import { z } from 'zod';
import { normalizePhone } from '../rules/normalize-phone.ts';
import { documentTypes, locales, messengerKinds } from '../tables.ts';

// The request and response schemas of registration and client profiles; the portal's forms use them too.

export const clientCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/, 'must be 3 to 32 Latin letters, digits, dots, dashes or underscores, starting with a letter or digit');

export const phoneSchema = z
  .string()
  .max(40, 'is too long for a phone number')
  .refine((value) => normalizePhone(value) !== null, 'must be a phone number such as +7 912 345-67-89 or 8 912 345 67 89 (other countries: + and the country code)')
  .transform((value) => normalizePhone(value) ?? value);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'is too long for an email address')
  .pipe(z.email({ message: 'must be an email address such as name@example.com' }));

export const fullNameSchema = z
  .string()
  .trim()
  .min(2, 'must be given: surname, first name and patronymic (if any)')
  .max(200, 'must be at most 200 characters')
  .regex(/^[\p{L}][\p{L}\s.'’-]*$/u, 'may hold only letters, spaces, dots, apostrophes and dashes');

export const documentSchema = z.object({
  type: z.enum(documentTypes, { error: `must be one of ${documentTypes.join(', ')}` }),
  series: z.string().max(20, 'is too long'),
  number: z.string().min(1, 'must be given').max(30, 'is too long'),
});

export const notificationsSchema = z.object({
  email: z.boolean().default(true),
  sms: z.boolean().default(false),
  messenger: z.boolean().default(false),
  /** News, schedules, start of sales and price changes (opt-in). */
  news: z.boolean().default(false),
});

export const messengerSchema = z.object({
  kind: z.enum(messengerKinds),
  chatId: z.string().trim().regex(/^\S{1,100}$/, 'must be the chat id or user id the bot writes to, without spaces'),
});

export const registerBody = z.object({
  fullName: fullNameSchema,
  phone: phoneSchema,
  email: emailSchema,
  document: documentSchema,
  clientCode: clientCodeSchema,
  password: z.string().min(10, 'must be at least 10 characters').max(128, 'must be at most 128 characters'),
  personalDataConsent: z.literal(true, { error: 'must be true: we cannot keep your data without your consent to its processing' }),
  notifications: notificationsSchema.default({ email: true, sms: false, messenger: false, news: false }),
  messenger: messengerSchema.nullable().default(null),
  locale: z.enum(locales).default('ru'),
});
export type RegisterBody = z.infer<typeof registerBody>;

export const updateContactsBody = z
  .object({
    fullName: fullNameSchema,
    phone: phoneSchema,
    email: emailSchema,
    notifications: notificationsSchema.partial(),
    messenger: messengerSchema.nullable(),
    locale: z.enum(locales),
  })
  .partial();
export type UpdateContactsBody = z.infer<typeof updateContactsBody>;

export const clientProfileSchema = z.object({
  clientId: z.uuid(),
  userId: z.uuid(),
  clientCode: z.string(),
  fullName: z.string(),
  phone: z.string(),
  email: z.string().nullable(),
  document: z.object({ type: z.enum(documentTypes), masked: z.string() }),
  personalDataConsentAt: z.string(),
  notifications: z.object({ email: z.boolean(), sms: z.boolean(), messenger: z.boolean(), news: z.boolean() }),
  messenger: z.object({ kind: z.enum(messengerKinds), chatId: z.string() }).nullable(),
  locale: z.enum(locales),
  organization: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type ClientProfile = z.infer<typeof clientProfileSchema>;

export const clientParams = z.object({ clientId: z.uuid() });

export const clientSearchBody = z.object({
  search: z.string().trim().min(2, 'must be at least 2 characters').max(100).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
