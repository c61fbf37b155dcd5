import { z } from 'zod';

// The reports' request and response schemas; the back office builds its report pages on
// them. Money is integer kopecks (negative where returns outweigh sales); days are
// YYYY-MM-DD in the venue's time zone; instants ISO 8601 strings.

export const soldDefinition =
  'A ticket is sold when it is issued (handed over, paid for or on a contract\'s credit): the moment ' +
  'booking sells its seat (ADR 0007). A ticket paid for but not yet issued is still a reservation; a cancelled ticket ' +
  'never was a sale (ADR 0003). A return counts on the day the issued ticket comes back, at the same price. Every ' +
  "amount is the ticket's price frozen when its order was formed, never a price computed today. Days are counted on " +
  "the wall clock of the ticket's venue.";

const id = z.uuid();
const money = z.number().int().describe('kopecks');
const count = z.number().int().min(0);
const instant = z.string().describe('ISO 8601 instant (UTC)');
const day = z.iso.date().describe("A calendar day, YYYY-MM-DD, on the venue's wall clock");
const label = z.object({ ru: z.string(), en: z.string() });

export const reportFormat = z.enum(['json', 'csv']).default('json').describe('csv: the same report as a CSV file (UTF-8 with BOM, RFC 4180)');
export const reportLang = z.enum(['ru', 'en']).default('ru').describe('The language of CSV headers and labels');

const period = {
  from: day.describe('The first day of the period, on the venue\'s wall clock'),
  to: day.describe('The last day of the period, included'),
  venueId: id.optional().describe('Only this venue (default: every venue, each on its own wall clock)'),
  format: reportFormat,
  lang: reportLang,
};

export const bestFilmQuery = z.object(period);
export const salesGroupings = ['day', 'event', 'service', 'paymentKind'] as const;
export const salesQuery = z.object({ ...period, groupBy: z.enum(salesGroupings).default('day') });
export const occupancyQuery = z.object(period);
export const balancesQuery = z.object({ format: reportFormat, lang: reportLang });

export const periodView = z.object({ from: day, to: day, venueId: id.nullable() });

export const saleFigures = z.object({
  ticketsSold: count.describe('Tickets sold in the period'),
  soldMinor: money.describe('Their frozen prices'),
  ticketsReturned: count.describe('Tickets returned in the period'),
  returnedMinor: money.describe('Their frozen prices'),
  netTickets: z.number().int(),
  netMinor: money.describe('Sold less returned'),
});

export const rankedFilm = saleFigures.extend({
  filmId: id,
  title: z.string(),
  titleEn: z.string().nullable(),
  grossMinor: money.describe('Gross: frozen prices of tickets sold in the period less those returned in it'),
  rank: z.number().int().min(1).describe('Competition rank: films with the same gross share it (1, 1, 3)'),
  isWinner: z.boolean().describe('Has the largest gross, above zero; several films when they tie'),
});

export const bestFilmReport = z
  .object({
    period: periodView,
    films: z.array(rankedFilm).describe('Every film sold or shown in the period, best gross first'),
    winners: z.array(id).describe('The most profitable film, or several when they tie; empty when nothing was earned'),
    isTie: z.boolean(),
    totals: saleFigures,
  })
  .describe(`The most profitable film (seed 003). ${soldDefinition} Tickets of a bundle or season ticket have no single film and are left out.`);

const dayRow = saleFigures.extend({ day });
const eventRow = saleFigures.extend({
  eventId: id.nullable().describe('Null: tickets for no single event (services, bundles, season tickets)'),
  title: z.string().nullable(),
  startsAt: instant.nullable(),
  venueId: id.nullable(),
  venueName: z.string().nullable(),
  filmId: id.nullable(),
});
const serviceRow = saleFigures.extend({
  serviceId: id.nullable().describe('Null: event tickets sold without a service'),
  name: z.string().nullable(),
  kind: z.string().nullable(),
});
export const salesPaymentKinds = ['cash', 'bank_transfer', 'card', 'receipt_order', 'internal_account'] as const;
const paymentMoney = {
  receivedMinor: money.describe('Money taken by this kind in the period'),
  paymentsCount: count,
  refundedMinor: money.describe('Money given back by this kind in the period'),
  refundsCount: count,
  netReceivedMinor: money,
};
const paymentKindRow = saleFigures.extend({
  paymentKind: z.enum(salesPaymentKinds).nullable().describe("The kind of the order's last payment up to the ticket's issue; null: issued on a contract's credit, or free"),
  label,
  ...paymentMoney,
});

const salesOf = <G extends (typeof salesGroupings)[number], R extends z.ZodType, T extends z.ZodType>(groupBy: G, row: R, totals: T) =>
  z.object({ groupBy: z.literal(groupBy), period: periodView, rows: z.array(row), totals });

export const salesReport = z
  .discriminatedUnion('groupBy', [
    salesOf('day', dayRow, saleFigures),
    salesOf('event', eventRow, saleFigures),
    salesOf('service', serviceRow, saleFigures),
    salesOf('paymentKind', paymentKindRow, saleFigures.extend(paymentMoney)),
  ])
  .describe(`Sales by day, event, service or payment kind. ${soldDefinition} By payment kind, a ticket goes to the kind of its order's last payment up to its issue, and the money columns are the payments and refunds of that kind made in the period, whatever they paid for.`);

export const occupancyRow = z.object({
  eventId: id,
  title: z.string(),
  kind: z.string(),
  filmId: id.nullable(),
  startsAt: instant,
  venueId: id,
  venueName: z.string(),
  hallName: z.string(),
  capacity: count.describe('Seats and general-admission places on sale for the event'),
  sold: count,
  held: count.describe('Held for a request or an order whose hold has not run out'),
  blocked: count,
  free: count,
  occupancyPercent: z.number().describe('Sold of capacity, per cent, one decimal'),
});

export const occupancyReport = z
  .object({
    period: periodView,
    at: instant.describe('The moment holds were counted at'),
    events: z.array(occupancyRow).describe('Scheduled events starting in the period, by start'),
    totals: occupancyRow.pick({ capacity: true, sold: true, held: true, blocked: true, free: true, occupancyPercent: true }),
  })
  .describe('Occupancy of events: what of each event is sold, held and free, from its inventory.');

export const accountBalance = z.object({
  accountId: id,
  clientId: id,
  clientCode: z.string(),
  fullName: z.string(),
  currency: z.string(),
  balanceMinor: money,
  lastMovementAt: instant.nullable(),
});

export const contractBalance = z.object({
  contractId: id,
  number: z.string(),
  status: z.string(),
  organizationId: id,
  organizationName: z.string(),
  taxId: z.string(),
  currency: z.string(),
  creditLimitMinor: money,
  balanceMinor: money.describe('Below zero while the organisation uses its credit'),
  availableMinor: money.describe('What may still be spent: the balance plus the credit limit, never below zero'),
  lastMovementAt: instant.nullable(),
});

export const balancesReport = z
  .object({
    at: instant,
    accounts: z.array(accountBalance).describe("Clients' internal accounts (an account exists from its first use), by name"),
    contracts: z.array(contractBalance).describe('Every contract with its balance, by organisation'),
    totals: z.object({ accountsMinor: money, contractsMinor: money }),
  })
  .describe("Balances of clients' internal accounts and of corporate contracts, from the ledger.");

export type BestFilmQuery = z.infer<typeof bestFilmQuery>;
export type SalesQuery = z.infer<typeof salesQuery>;
export type OccupancyQuery = z.infer<typeof occupancyQuery>;
export type BestFilmReport = z.infer<typeof bestFilmReport>;
export type SalesReport = z.infer<typeof salesReport>;
export type OccupancyReport = z.infer<typeof occupancyReport>;
export type BalancesReport = z.infer<typeof balancesReport>;
export type SalesGrouping = (typeof salesGroupings)[number];
export type SalesPaymentKind = (typeof salesPaymentKinds)[number];
export type ReportLang = z.infer<typeof reportLang>;
