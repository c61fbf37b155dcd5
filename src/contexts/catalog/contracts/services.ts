import { z } from 'zod';
import { code } from '../import/venue-file.ts';
import { eventKind, id, instantInput, instantOutput, moneyMinor, optionalText, pageOf, paging, serviceKind, text } from './common.ts';
import { eventStatus } from './events.ts';

// Services and their seed-002 options. Flag names are seed 002's, in camelCase.

const flagShape = {
  /** Only the visit objects marked isRequire may be in a line. */
  isDisableEditVisitObject: z.boolean(),
  /** The price depends on the chosen visit objects. */
  isVisitObjectUseForCost: z.boolean(),
  /** Categories and counts are exactly the requireVisitorCount ones. */
  isDisableEditVisitor: z.boolean(),
  /** The price depends on the visitor categories. */
  isCategoryVisitorUseForCost: z.boolean(),
  /** The price is multiplied by the number of visitors. */
  isVisitorCountUseForCost: z.boolean(),
  /** One visitor category per line. */
  isUseOneCategory: z.boolean(),
  isNeedVisitDate: z.boolean(),
  isNeedVisitTime: z.boolean(),
};
export const serviceFlags = z.object(flagShape);
export const activeKindId = z.literal([1, 2, 3]).describe('1: activeDays from payment; 2: activeDays from the first visit; 3: within dtBegin-dtEnd');

export const dateRulesView = z.object({
  activeKindId,
  activeDays: z.number().int().nullable(),
  dtBegin: instantOutput.nullable(),
  dtEnd: instantOutput.nullable(),
});

export const serviceSummary = z.object({
  id,
  venueId: id,
  kind: serviceKind,
  name: z.string(),
  nameEn: z.string().nullable(),
  description: z.string(),
  isEditable: z.boolean(),
  isActive: z.boolean(),
  baseCostMinor: z.number().int(),
  currency: z.string(),
  salesOpenAt: instantOutput.nullable(),
  salesCloseAt: instantOutput.nullable(),
});

export const visitObjectView = z.object({ id, venueId: id, name: z.string(), nameEn: z.string().nullable(), description: z.string() });
export const visitorCategoryView = z.object({ id, code: z.string(), name: z.string(), nameEn: z.string().nullable() });
export const priceRowView = z.object({ id, visitObjectId: id.nullable(), visitorCategoryId: id.nullable(), priceMinor: z.number().int() });

export const serviceDetail = serviceSummary.extend({
  flags: serviceFlags,
  dateRules: dateRulesView,
  /** Add-on goods: units on sale in all (null: not counted) and units still free now. */
  stock: z.number().int().nullable(),
  stockLeft: z.number().int().nullable(),
  passVisits: z.number().int().nullable(),
  passDays: z.number().int().nullable(),
  groupMin: z.number().int().nullable(),
  groupMax: z.number().int().nullable(),
  visitObjects: z.array(visitObjectView.omit({ venueId: true }).extend({ isRequire: z.boolean() })),
  visitorCategories: z.array(visitorCategoryView.extend({ requireVisitorCount: z.number().int().nullable() })),
  prices: z.array(priceRowView),
  /** Bundles, season tickets and event tickets: the events they admit to. */
  events: z.array(z.object({ id, kind: eventKind, title: z.string(), hallId: id, startsAt: instantOutput, endsAt: instantOutput, status: eventStatus })),
});

export const serviceListQuery = z.strictObject({ venueId: id.optional(), kind: serviceKind.optional(), ...paging });
export const servicePage = pageOf(serviceSummary);

const count = z.number().int().min(1).max(1_000_000);
const serviceVisitObjectInput = z.strictObject({ visitObjectId: id, isRequire: z.boolean().default(false) });
const serviceVisitorCategoryInput = z.strictObject({ visitorCategoryId: id, requireVisitorCount: count.nullable().default(null) });
const priceRowInput = z.strictObject({ visitObjectId: id.nullable().default(null), visitorCategoryId: id.nullable().default(null), priceMinor: moneyMinor });

const dateRulesInput = z.strictObject({
  activeKindId: activeKindId.optional(),
  activeDays: count.nullable().optional(),
  dtBegin: instantInput.nullable().optional(),
  dtEnd: instantInput.nullable().optional(),
});

const scalarShape = {
  name: text(300),
  nameEn: optionalText(300).nullable(),
  description: optionalText(10_000),
  isEditable: z.boolean(),
  isActive: z.boolean(),
  baseCostMinor: moneyMinor,
  salesOpenAt: instantInput.nullable(),
  salesCloseAt: instantInput.nullable(),
  stock: z.number().int().min(0).max(1_000_000).nullable().describe('add-on goods: units on sale; it may grow, not shrink'),
  passVisits: count.nullable(),
  passDays: count.nullable(),
  groupMin: count.nullable(),
  groupMax: count.nullable(),
};

export const createServiceBody = z.strictObject({
  venueId: id,
  kind: serviceKind,
  ...scalarShape,
  nameEn: scalarShape.nameEn.optional(),
  description: scalarShape.description.default(''),
  isEditable: scalarShape.isEditable.default(false),
  isActive: scalarShape.isActive.default(true),
  baseCostMinor: scalarShape.baseCostMinor.default(0),
  salesOpenAt: scalarShape.salesOpenAt.optional(),
  salesCloseAt: scalarShape.salesCloseAt.optional(),
  stock: scalarShape.stock.optional(),
  passVisits: scalarShape.passVisits.optional(),
  passDays: scalarShape.passDays.optional(),
  groupMin: scalarShape.groupMin.optional(),
  groupMax: scalarShape.groupMax.optional(),
  flags: serviceFlags.partial().strict().default({}),
  dateRules: dateRulesInput.default({}),
  visitObjects: z.array(serviceVisitObjectInput).max(500).default([]),
  visitorCategories: z.array(serviceVisitorCategoryInput).max(100).default([]),
  prices: z.array(priceRowInput).max(10_000).default([]),
  eventIds: z.array(id).max(1000).default([]),
});

export const updateServiceBody = z
  .strictObject(scalarShape)
  .partial()
  .extend({ flags: serviceFlags.partial().strict().optional(), dateRules: dateRulesInput.optional() });

export const serviceVisitObjectsBody = z.strictObject({ visitObjects: z.array(serviceVisitObjectInput).max(500) });
export const serviceVisitorCategoriesBody = z.strictObject({ visitorCategories: z.array(serviceVisitorCategoryInput).max(100) });
export const servicePricesBody = z.strictObject({ prices: z.array(priceRowInput).max(10_000) });
export const serviceEventsBody = z.strictObject({ eventIds: z.array(id).max(1000) });

export const visitObjectListQuery = z.strictObject({ venueId: id.optional() });
export const visitObjectList = z.object({ items: z.array(visitObjectView) });
export const createVisitObjectBody = z.strictObject({
  venueId: id,
  name: text(300),
  nameEn: optionalText(300).nullable().optional(),
  description: optionalText(10_000).default(''),
});
export const updateVisitObjectBody = z.strictObject({
  name: text(300).optional(),
  nameEn: optionalText(300).nullable().optional(),
  description: optionalText(10_000).optional(),
});

export const visitorCategoryList = z.object({ items: z.array(visitorCategoryView) });
export const createVisitorCategoryBody = z.strictObject({ code, name: text(200), nameEn: optionalText(200).nullable().optional() });
export const updateVisitorCategoryBody = z.strictObject({ name: text(200).optional(), nameEn: optionalText(200).nullable().optional() });

export type ServiceFlags = z.infer<typeof serviceFlags>;
export type ServiceSummary = z.infer<typeof serviceSummary>;
export type ServiceDetail = z.infer<typeof serviceDetail>;
export type ServiceListQuery = z.infer<typeof serviceListQuery>;
export type CreateServiceBody = z.infer<typeof createServiceBody>;
export type UpdateServiceBody = z.infer<typeof updateServiceBody>;
export type ServiceVisitObjectInput = z.infer<typeof serviceVisitObjectInput>;
export type ServiceVisitorCategoryInput = z.infer<typeof serviceVisitorCategoryInput>;
export type PriceRowInput = z.infer<typeof priceRowInput>;
export type VisitObjectView = z.infer<typeof visitObjectView>;
export type VisitorCategoryView = z.infer<typeof visitorCategoryView>;
export type CreateVisitObjectBody = z.infer<typeof createVisitObjectBody>;
export type UpdateVisitObjectBody = z.infer<typeof updateVisitObjectBody>;
export type CreateVisitorCategoryBody = z.infer<typeof createVisitorCategoryBody>;
export type UpdateVisitorCategoryBody = z.infer<typeof updateVisitorCategoryBody>;
