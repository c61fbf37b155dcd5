import { unprocessable } from '../../shared/errors.ts';
import { type AssembledLine, fieldOf, refuseInapplicable, serviceNotFound } from './assembled-line.ts';
import type { QuoteFacts, ServiceSaleFacts } from './catalog-facts.ts';
import type { ServiceLineRequest } from './contracts.ts';
import { seatsText, visitText } from './describe-line.ts';
import type { SeatFacts, ServiceFacts, SimpleServiceKind, VisitRules } from './rules/index.ts';

const PACKAGE_FIELDS = ['serviceId', 'seatIds', 'quantity'];
const SIMPLE_FIELDS = ['serviceId', 'quantity', 'visitDate', 'visitTime'];
const MUSEUM_FIELDS = ['serviceId', 'visitObjectIds', 'visitors', 'visitorCount', 'visitDate', 'visitTime'];

/**
 * A service line, by the service's kind: a bundle or season ticket is a package
 * (one price per seat for all its events), an editable service (a museum visit, an
 * editable excursion) is priced by the seed 002 flags, anything else is simple
 * (base cost x quantity). A member the kind has no use for is refused.
 */
export function assembleServiceLine(line: ServiceLineRequest, lineIndex: number, facts: QuoteFacts): AssembledLine {
  const service = facts.services.get(line.serviceId);
  if (!service) throw serviceNotFound(line.serviceId, lineIndex);
  const serviceField = fieldOf(lineIndex, 'serviceId');
  if (!service.isActive) throw unprocessable('service_not_on_sale', `${service.name} is not on sale`, { field: serviceField });
  switch (service.kind) {
    case 'event_ticket':
      throw unprocessable('service_sold_by_event', `${service.name} is sold as tickets of its events: send eventId`, { field: serviceField });
    case 'bundle':
    case 'season_ticket':
      refuseInapplicable(line, PACKAGE_FIELDS, service.name, lineIndex);
      return packageLine(service, service.kind, line, facts);
    case 'museum_visit':
      refuseInapplicable(line, MUSEUM_FIELDS, service.name, lineIndex);
      return museumLine(service, line);
    case 'excursion':
    case 'facility_pass':
    case 'addon_good':
    case 'addon_service':
      if (service.isEditable) {
        refuseInapplicable(line, MUSEUM_FIELDS, service.name, lineIndex);
        return museumLine(service, line);
      }
      refuseInapplicable(line, hasVisitRules(service) ? SIMPLE_FIELDS : ['serviceId', 'quantity'], service.name, lineIndex);
      return simpleLine(service, service.kind, line);
  }
}

const serviceFacts = (service: ServiceSaleFacts): ServiceFacts => ({
  id: service.id,
  name: service.name,
  baseCostMinor: service.baseCostMinor,
  currency: service.currency,
  salesOpenAt: service.salesOpenAt,
  salesCloseAt: service.salesCloseAt,
});

function packageLine(service: ServiceSaleFacts, packageKind: 'bundle' | 'season_ticket', line: ServiceLineRequest, facts: QuoteFacts): AssembledLine {
  const events = service.events.filter((event) => event.status === 'scheduled');
  const halls = new Set(events.map((event) => event.hallId));
  const seatIds = line.seatIds ?? [];
  // The same seat in every event: only one hall can hold it, in a zone on sale in all of them.
  const [hallId] = halls.size === 1 ? [...halls] : [];
  const seats = new Map<string, SeatFacts>();
  for (const seatId of seatIds) {
    const seat = facts.seats.get(seatId);
    const onSale = service.packageZoneIds === null || service.packageZoneIds.includes(seat?.zoneId ?? '');
    if (seat && seat.hallId === hallId && onSale) seats.set(seatId, { zoneId: seat.zoneId });
  }
  const eventIds = events.map((event) => event.id);
  return {
    input: {
      kind: 'package',
      service: { ...serviceFacts(service), packageKind, eventIds, seats: service.packageSeated ? seats : null },
      choice: { ...(line.seatIds ? { seatIds } : {}), ...(line.quantity === undefined ? {} : { quantity: line.quantity }) },
    },
    description: seatIds.length > 0 ? `${service.name}: ${seatsText(seatIds, facts.seats)}` : `${service.name}, ${line.quantity ?? 0} шт.`,
    inventory:
      seatIds.length > 0
        ? { kind: 'seats', eventIds, seatIds }
        : { kind: 'places', eventIds, zoneId: null, quantity: line.quantity ?? 0 },
  };
}

/** A simple service carries seed 002 date rules only when some are set. */
function hasVisitRules(service: ServiceSaleFacts): boolean {
  return service.isNeedVisitDate || service.isNeedVisitTime || service.activeKindId === 3 || service.activeDays !== null;
}

const visitRulesOf = (service: ServiceSaleFacts): VisitRules => ({
  activeKindId: service.activeKindId,
  activeDays: service.activeDays,
  dtBegin: service.dtBegin,
  dtEnd: service.dtEnd,
  isNeedVisitDate: service.isNeedVisitDate,
  isNeedVisitTime: service.isNeedVisitTime,
  venueTimeZone: service.timeZone,
});

const simpleKinds = {
  excursion: 'excursion',
  facility_pass: 'facility_pass_visits',
  addon_good: 'add_on_good',
  addon_service: 'add_on_service',
} as const satisfies Record<string, SimpleServiceKind>;

function simpleLine(service: ServiceSaleFacts, kind: keyof typeof simpleKinds, line: ServiceLineRequest): AssembledLine {
  const simpleKind: SimpleServiceKind = kind === 'facility_pass' && service.passVisits === null && service.passDays !== null ? 'facility_pass_days' : simpleKinds[kind];
  // A missing quantity is passed on as 0, so the rules refuse it naming lines.N.quantity.
  const quantity = line.quantity ?? 0;
  return {
    input: {
      kind: 'simple',
      service: { ...serviceFacts(service), simpleKind, visitRules: hasVisitRules(service) ? visitRulesOf(service) : null },
      choice: { quantity, visitDate: line.visitDate ?? null, visitTime: line.visitTime ?? null },
    },
    description: `${service.name}${visitText(line.visitDate, line.visitTime)}`,
    inventory: kind === 'addon_good' && service.stock !== null ? { kind: 'units', serviceId: service.id, quantity } : { kind: 'none' },
  };
}

function museumLine(service: ServiceSaleFacts, line: ServiceLineRequest): AssembledLine {
  return {
    input: {
      kind: 'museum',
      service: {
        ...serviceFacts(service),
        flags: service.flags,
        visitRules: visitRulesOf(service),
        visitObjects: service.visitObjects,
        visitorCategories: service.visitorCategories,
        priceRows: service.priceRows,
      },
      choice: {
        ...(line.visitObjectIds ? { visitObjectIds: line.visitObjectIds } : {}),
        ...(line.visitors ? { visitors: line.visitors } : {}),
        ...(line.visitorCount === undefined ? {} : { visitorCount: line.visitorCount }),
        visitDate: line.visitDate ?? null,
        visitTime: line.visitTime ?? null,
      },
    },
    description: `${service.name}${visitText(line.visitDate, line.visitTime)}`,
    inventory: { kind: 'none' },
  };
}
