import { z } from 'zod';
import { phoneSchema } from '../clients/client-contracts.ts';
import { contractStatuses } from '../tables.ts';

// API contracts (Zod schemas) of organisations, their representatives and their contracts.

const optionalEmail = z.string().trim().toLowerCase().max(254).pipe(z.email({ message: 'must be an email address' })).nullable();

export const organizationBody = z.object({
  name: z.string().trim().min(2, 'must be given').max(300),
  taxId: z.string().trim().regex(/^(\d{10}|\d{12})$/, 'must be an INN: 10 digits (organisation) or 12 (sole trader)'),
  address: z.string().trim().max(500).default(''),
  email: optionalEmail.default(null),
  phone: phoneSchema.nullable().default(null),
});
export type OrganizationBody = z.infer<typeof organizationBody>;

export const updateOrganizationBody = z
  .object({
    name: z.string().trim().min(2, 'must be given').max(300),
    taxId: z.string().trim().regex(/^(\d{10}|\d{12})$/, 'must be an INN: 10 digits (organisation) or 12 (sole trader)'),
    address: z.string().trim().max(500),
    email: optionalEmail,
    phone: phoneSchema.nullable(),
  })
  .partial();
export type UpdateOrganizationBody = z.infer<typeof updateOrganizationBody>;

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO date-time with a time zone, e.g. 2025-01-01T00:00:00+03:00' });
const minor = z.number().int('must be whole kopecks').min(0, 'must not be negative').max(Number.MAX_SAFE_INTEGER);

/** A special price: for a service (any of its events), an event (any zone), or one zone of an event. */
export const contractPriceSchema = z
  .object({
    serviceId: z.uuid().nullable().optional(),
    eventId: z.uuid().nullable().optional(),
    zoneId: z.uuid().nullable().optional(),
    priceMinor: minor,
  })
  .superRefine((row, ctx) => {
    if (row.serviceId && (row.eventId || row.zoneId)) {
      ctx.addIssue({ code: 'custom', path: ['serviceId'], message: 'a price is for a service, or for an event (and zone), not both' });
    } else if (!row.serviceId && !row.eventId) {
      ctx.addIssue({ code: 'custom', path: [row.zoneId ? 'eventId' : 'serviceId'], message: 'must name the service or the event the price is for' });
    }
  });
export type ContractPriceInput = z.infer<typeof contractPriceSchema>;

export const createContractBody = z.object({
  number: z.string().trim().min(1, 'must be given').max(50).regex(/^[\p{L}\d][\p{L}\d/._-]*$/u, 'may hold letters, digits, / . _ -'),
  status: z.enum(['draft', 'active']).default('draft'),
  validFrom: instant,
  validTo: instant.nullable().default(null),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as RUB').default('RUB'),
  creditLimitMinor: minor.default(0),
  prices: z.array(contractPriceSchema).max(1000).default([]),
});
export type CreateContractBody = z.infer<typeof createContractBody>;

export const updateContractBody = z
  .object({
    number: createContractBody.shape.number,
    status: z.enum(contractStatuses),
    validFrom: instant,
    validTo: instant.nullable(),
    creditLimitMinor: minor,
  })
  .partial();
export type UpdateContractBody = z.infer<typeof updateContractBody>;

export const contractPricesBody = z.object({ prices: z.array(contractPriceSchema).max(1000) });

export const contractSchema = z.object({
  contractId: z.uuid(),
  organizationId: z.uuid(),
  number: z.string(),
  status: z.enum(contractStatuses),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  currency: z.string(),
  creditLimitMinor: z.number().int(),
  prices: z.array(z.object({ serviceId: z.uuid().nullable(), eventId: z.uuid().nullable(), zoneId: z.uuid().nullable(), priceMinor: z.number().int() })),
});
export type ContractView = z.infer<typeof contractSchema>;

export const representativeSchema = z.object({ clientId: z.uuid(), clientCode: z.string(), fullName: z.string(), email: z.string().nullable() });

export const organizationSchema = z.object({
  organizationId: z.uuid(),
  name: z.string(),
  taxId: z.string(),
  address: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: z.string(),
});
export type OrganizationView = z.infer<typeof organizationSchema>;

export const organizationDetailSchema = organizationSchema.extend({
  representatives: z.array(representativeSchema),
  contracts: z.array(contractSchema),
});
export type OrganizationDetail = z.infer<typeof organizationDetailSchema>;

export const organizationParams = z.object({ organizationId: z.uuid() });
export const representativeParams = z.object({ organizationId: z.uuid(), clientId: z.uuid() });
export const contractParams = z.object({ contractId: z.uuid() });
export const addRepresentativeBody = z.object({ clientId: z.uuid() });
export const organizationSearchQuery = z.object({ search: z.string().trim().max(100).optional() });
