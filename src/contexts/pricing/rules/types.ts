import type { CurrencyCode } from '../../../shared/money.ts';

/**
 * What the pricing rules read: plain objects shaped like the catalog rows (the
 * caller loads them; the rules never touch a database or a clock). Ids are opaque
 * strings. `version` is whatever the catalog bumps on change; it goes into the
 * price snapshot so a sold ticket says which edition of its inputs priced it.
 */
export type Id = string;

/** A catalog row that can be cited in a price snapshot. */
export type CatalogRow = { readonly id: Id; readonly version?: number | null };

/** An exact coefficient, as the DB prints numeric(10,4): "1.5000", "0.8". */
export type Coefficient = CatalogRow & { readonly name: string; readonly value: string };

/** When a thing may be sold; null ends are open. */
export type SalesWindow = { readonly salesOpenAt?: Date | null; readonly salesCloseAt?: Date | null };

export type SeatFacts = { readonly zoneId: Id };

export type ZoneFacts = CatalogRow & { readonly name: string; readonly seated: boolean };
export type CinemaZone = ZoneFacts & { readonly coefficient: string };
/** A zone with its event_zone_prices row; a zone without a price is not on sale in that event. */
export type PricedZone = ZoneFacts & { readonly priceMinor: number };

export type EventFacts<Zone extends ZoneFacts> = CatalogRow &
  SalesWindow & {
    readonly name: string;
    /** The service this event is sold as, for contract prices set at service level. */
    readonly serviceId: Id | null;
    readonly startsAt: Date;
    readonly zones: readonly Zone[];
    /** The hall's seats, at least those the line names; an id missing here is not in the event's hall. */
    readonly seats: ReadonlyMap<Id, SeatFacts>;
  };

export type FilmFacts = CatalogRow & { readonly title: string; readonly basePriceMinor: number; readonly currency: CurrencyCode };
export type HallFacts = CatalogRow & { readonly name: string; readonly types: readonly Coefficient[] };

/** What the client picked for an event: a zone, and seats (seated zone) or a quantity (general admission). */
export type EventChoice = { readonly zoneId: Id; readonly seatIds?: readonly Id[]; readonly quantity?: number };

export type CinemaLineInput = {
  readonly kind: 'cinema';
  readonly event: EventFacts<CinemaZone> & { readonly sessionTypes: readonly Coefficient[] };
  readonly film: FilmFacts;
  readonly hall: HallFacts;
  readonly choice: EventChoice;
};

/** Stadium or concert: the event's own price per zone; no coefficient applies. */
export type ZonePriceLineInput = {
  readonly kind: 'zone_price';
  readonly event: EventFacts<PricedZone> & { readonly currency: CurrencyCode };
  readonly choice: EventChoice;
};

export type ServiceFacts = CatalogRow &
  SalesWindow & { readonly name: string; readonly baseCostMinor: number; readonly currency: CurrencyCode };

/** A bundle of events or a season ticket: one price per seat for the whole set. */
export type PackageLineInput = {
  readonly kind: 'package';
  readonly service: ServiceFacts & {
    readonly packageKind: 'bundle' | 'season_ticket';
    readonly eventIds: readonly Id[];
    /** The hall's seats (at least those named) when the package is seated; null for general admission. */
    readonly seats: ReadonlyMap<Id, SeatFacts> | null;
  };
  readonly choice: { readonly seatIds?: readonly Id[]; readonly quantity?: number };
};

/** Seed 002's date flags, shared by simple and museum-like services. */
export type VisitRules = {
  /** 1: valid activeDays from payment; 2: activeDays from the first visit; 3: within dtBegin-dtEnd. */
  readonly activeKindId: number;
  readonly activeDays?: number | null;
  /** Venue wall-clock text ("2025-06-01T00:00:00") or an instant, read in `venueTimeZone`. */
  readonly dtBegin?: string | Date | null;
  readonly dtEnd?: string | Date | null;
  readonly isNeedVisitDate: boolean;
  readonly isNeedVisitTime: boolean;
  /** IANA zone of the venue ("Europe/Moscow"): visit dates are its wall-clock dates. */
  readonly venueTimeZone: string;
};

/** Visit date "YYYY-MM-DD" and time "HH:MM" in the venue's wall clock. */
export type VisitChoice = { readonly visitDate?: string | null; readonly visitTime?: string | null };

export type SimpleServiceKind = 'facility_pass_visits' | 'facility_pass_days' | 'add_on_good' | 'add_on_service' | 'excursion';

export type SimpleLineInput = {
  readonly kind: 'simple';
  readonly service: ServiceFacts & { readonly simpleKind: SimpleServiceKind; readonly visitRules?: VisitRules | null };
  readonly choice: VisitChoice & { readonly quantity: number };
};

export type MuseumFlags = {
  readonly isDisableEditVisitObject: boolean;
  readonly isVisitObjectUseForCost: boolean;
  readonly isDisableEditVisitor: boolean;
  readonly isCategoryVisitorUseForCost: boolean;
  readonly isVisitorCountUseForCost: boolean;
  readonly isUseOneCategory: boolean;
};

export type VisitObjectFacts = CatalogRow & { readonly name: string; readonly isRequire: boolean };
export type VisitorCategoryFacts = CatalogRow & { readonly name: string; readonly requireVisitorCount: number | null };
/** A price table row; a null object or category matches "none" (a less specific row). */
export type PriceRow = CatalogRow & {
  readonly visitObjectId: Id | null;
  readonly visitorCategoryId: Id | null;
  readonly priceMinor: number;
};

export type MuseumServiceFacts = ServiceFacts & {
  readonly flags: MuseumFlags;
  readonly visitRules: VisitRules;
  readonly visitObjects: readonly VisitObjectFacts[];
  readonly visitorCategories: readonly VisitorCategoryFacts[];
  readonly priceRows: readonly PriceRow[];
};

export type VisitorsChoice = { readonly categoryId: Id; readonly count: number };

export type MuseumLineInput = {
  readonly kind: 'museum';
  readonly service: MuseumServiceFacts;
  readonly choice: VisitChoice & {
    readonly visitObjectIds?: readonly Id[];
    readonly visitors?: readonly VisitorsChoice[];
    /** Head count for services without visitor categories. */
    readonly visitorCount?: number;
  };
};

export type LineInput = CinemaLineInput | ZonePriceLineInput | PackageLineInput | SimpleLineInput | MuseumLineInput;
export type LineKind = LineInput['kind'];

/** A special price in a corporate contract; the most specific scope wins (event+zone, event, service). */
export type ContractPrice = {
  readonly serviceId?: Id | null;
  readonly eventId?: Id | null;
  readonly zoneId?: Id | null;
  readonly priceMinor: number;
};

export type ContractFacts = CatalogRow & {
  readonly number: string;
  readonly currency: CurrencyCode;
  readonly prices: readonly ContractPrice[];
};

/** Everything outside the line that a price may depend on. */
export type PricingContext = { readonly now: Date; readonly contract?: ContractFacts | null };
