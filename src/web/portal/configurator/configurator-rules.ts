import type { ServiceLineRequest } from '../../../contexts/pricing/contracts.ts';
import type { ServiceDetail } from '../../endpoints/catalog.ts';
import { wallDateOf } from '../../i18n/format.ts';

// Seed 002's flags as the configurator shows them: what is locked, what may be
// chosen, what must be given. The server's quote stays the judge: a choice that
// breaks a flag is sent as it is and refused there, and the refusal is shown next
// to the control at fault, never silently "fixed" here.

export interface Choice {
  visitObjectIds: string[];
  /** Visitors per category id; 0 (or absent) = not chosen. */
  visitors: Record<string, number>;
  /** For a service without categories: how many visitors. */
  visitorCount: number | null;
  visitDate: string;
  visitTime: string;
}

export type Validity =
  | { kind: 'days_from_payment'; days: number }
  | { kind: 'days_from_first_visit'; days: number }
  | { kind: 'within_window'; from: string; to: string };

export interface Rules {
  /** none: the service has no visit objects; locked: exactly the required ones (IsDisableEditVisitObject). */
  objects: 'none' | 'locked' | 'choose';
  /** none: no categories; locked: exactly the RequireVisitorCount ones (IsDisableEditVisitor). */
  visitors: 'none' | 'locked' | 'choose';
  oneCategory: boolean;
  /** A bare number of visitors is asked when there are no categories to count by. */
  askVisitorCount: boolean;
  pricedByObject: boolean;
  pricedByCategory: boolean;
  pricedByCount: boolean;
  needDate: boolean;
  needTime: boolean;
  /** Whether to show the date and time inputs at all. */
  askVisit: boolean;
  validity: Validity | null;
  /** Bounds for the date input: today, and the window of ActiveKindId 3. */
  dateMin: string;
  dateMax: string | undefined;
}

/** Does this service need the configurator (objects, visitors, visit date), or is it sold by quantity? */
export function isConfigurable(service: ServiceDetail): boolean {
  const { flags } = service;
  return service.isEditable || service.visitObjects.length > 0 || service.visitorCategories.length > 0 || flags.isNeedVisitDate || flags.isNeedVisitTime;
}

export function rulesOf(service: ServiceDetail, timeZone: string, now: Date): Rules {
  const { flags, dateRules } = service;
  const today = wallDateOf(now, timeZone);
  const window =
    dateRules.activeKindId === 3 && dateRules.dtBegin && dateRules.dtEnd
      ? { from: wallDateOf(dateRules.dtBegin, timeZone), to: wallDateOf(dateRules.dtEnd, timeZone) }
      : null;
  const days = dateRules.activeDays ?? 0;
  const validity: Validity | null = window
    ? { kind: 'within_window', ...window }
    : dateRules.activeKindId === 1 && days > 0
      ? { kind: 'days_from_payment', days }
      : dateRules.activeKindId === 2 && days > 0
        ? { kind: 'days_from_first_visit', days }
        : null;
  const hasCategories = service.visitorCategories.length > 0;
  return {
    objects: service.visitObjects.length === 0 ? 'none' : flags.isDisableEditVisitObject ? 'locked' : 'choose',
    visitors: !hasCategories ? 'none' : flags.isDisableEditVisitor ? 'locked' : 'choose',
    oneCategory: flags.isUseOneCategory,
    askVisitorCount: !hasCategories,
    pricedByObject: flags.isVisitObjectUseForCost,
    pricedByCategory: flags.isCategoryVisitorUseForCost,
    pricedByCount: flags.isVisitorCountUseForCost,
    needDate: flags.isNeedVisitDate,
    needTime: flags.isNeedVisitTime,
    askVisit: flags.isNeedVisitDate || flags.isNeedVisitTime || window !== null,
    validity,
    dateMin: window && window.from > today ? window.from : today,
    dateMax: window?.to,
  };
}

/** Where a new choice starts: required objects and fixed visitors in, one visitor otherwise. */
export function initialChoice(service: ServiceDetail): Choice {
  // RequireVisitorCount is the default count of a category (seed 002), and the fixed one when editing is off.
  const visitors: Record<string, number> = {};
  for (const category of service.visitorCategories) {
    if ((category.requireVisitorCount ?? 0) > 0) visitors[category.id] = category.requireVisitorCount!;
  }
  const first = service.visitorCategories[0];
  if (!service.flags.isDisableEditVisitor && Object.keys(visitors).length === 0 && first) visitors[first.id] = 1;
  return {
    visitObjectIds: service.visitObjects.filter((object) => object.isRequire).map((object) => object.id),
    visitors,
    visitorCount: service.visitorCategories.length === 0 ? 1 : null,
    visitDate: '',
    visitTime: '',
  };
}

/** The visitors in catalog order, as the line lists them (its index N is `visitors.N`). */
export function chosenVisitors(service: ServiceDetail, choice: Choice): { categoryId: string; count: number }[] {
  return service.visitorCategories.filter((category) => (choice.visitors[category.id] ?? 0) !== 0).map((category) => ({ categoryId: category.id, count: choice.visitors[category.id]! }));
}

/** The quote and request line of the choice, exactly as chosen. */
export function toLine(service: ServiceDetail, choice: Choice): ServiceLineRequest {
  const line: ServiceLineRequest = { serviceId: service.id };
  if (service.visitObjects.length > 0) line.visitObjectIds = service.visitObjects.filter((object) => choice.visitObjectIds.includes(object.id)).map((object) => object.id);
  const visitors = chosenVisitors(service, choice);
  if (visitors.length > 0) line.visitors = visitors;
  if (service.visitorCategories.length === 0 && choice.visitorCount !== null) line.visitorCount = choice.visitorCount;
  if (choice.visitDate) line.visitDate = choice.visitDate;
  if (choice.visitTime) line.visitTime = choice.visitTime;
  return line;
}

export type Control = 'objects' | 'visitors' | 'visitorCount' | 'visitDate' | 'visitTime' | 'service' | `visitor:${string}`;

/**
 * The control a refusal belongs to, from the field the server names
 * (`lines.0.visitors.1.count` → that category's count input).
 */
export function controlOfField(service: ServiceDetail, choice: Choice, field: string | undefined): Control {
  const path = (field ?? '').replace(/^(body\.)?lines\.\d+\.?/, '').split('.');
  switch (path[0]) {
    case 'visitObjectIds':
      return 'objects';
    case 'visitors': {
      const index = Number(path[1]);
      const entry = Number.isInteger(index) ? chosenVisitors(service, choice)[index] : undefined;
      return entry ? `visitor:${entry.categoryId}` : 'visitors';
    }
    case 'visitorCount':
      return 'visitorCount';
    case 'visitDate':
      return 'visitDate';
    case 'visitTime':
      return 'visitTime';
    default:
      return 'service';
  }
}
