import type { Coefficient } from './rules/index.ts';

/**
 * The catalog facts a quote is priced from, as the repository loads them: plain
 * data, prices and coefficients read fresh for every quote (what a client is shown
 * is what the sale freezes), exact decimals as text, instants as Dates.
 */
export type EventKind = 'match' | 'concert' | 'film_session' | 'excursion' | 'other';

export type EventSaleFacts = {
  readonly id: string;
  readonly kind: EventKind;
  readonly title: string;
  readonly status: 'scheduled' | 'cancelled';
  readonly startsAt: Date;
  readonly salesOpenAt: Date | null;
  readonly salesCloseAt: Date | null;
  readonly venue: {
    readonly id: string;
    readonly kind: string;
    readonly name: string;
    readonly timeZone: string;
    readonly currency: string;
    /** The venue's booking settings, read with the prices so a booking need not read them again. */
    readonly holdMinutes: number;
    readonly confirmHours: number;
  };
  readonly hall: { readonly id: string; readonly name: string; readonly types: readonly Coefficient[] };
  /** The zones of the hall the quote names; `priceMinor` is the event's price for it (null: none set). */
  readonly zones: readonly {
    readonly id: string;
    readonly name: string;
    readonly seated: boolean;
    readonly capacity: number | null;
    readonly coefficient: string;
    readonly priceMinor: number | null;
  }[];
  readonly sessionTypes: readonly Coefficient[];
  readonly film: { readonly id: string; readonly title: string; readonly basePriceMinor: number } | null;
  /** The event_ticket service the event is sold as, if the catalog links one. */
  readonly serviceId: string | null;
};

export type SeatFactsRow = {
  readonly id: string;
  readonly hallId: string;
  readonly zoneId: string;
  readonly rowLabel: string;
  readonly seatLabel: string;
};

export type ServiceKind =
  | 'event_ticket'
  | 'bundle'
  | 'season_ticket'
  | 'excursion'
  | 'facility_pass'
  | 'addon_good'
  | 'addon_service'
  | 'museum_visit';

export type ServiceSaleFacts = {
  readonly id: string;
  readonly kind: ServiceKind;
  readonly name: string;
  readonly isEditable: boolean;
  readonly isActive: boolean;
  readonly baseCostMinor: number;
  readonly currency: string;
  readonly timeZone: string;
  readonly salesOpenAt: Date | null;
  readonly salesCloseAt: Date | null;
  readonly flags: {
    readonly isDisableEditVisitObject: boolean;
    readonly isVisitObjectUseForCost: boolean;
    readonly isDisableEditVisitor: boolean;
    readonly isCategoryVisitorUseForCost: boolean;
    readonly isVisitorCountUseForCost: boolean;
    readonly isUseOneCategory: boolean;
  };
  readonly isNeedVisitDate: boolean;
  readonly isNeedVisitTime: boolean;
  readonly activeKindId: number;
  readonly activeDays: number | null;
  readonly dtBegin: Date | null;
  readonly dtEnd: Date | null;
  readonly stock: number | null;
  readonly passVisits: number | null;
  readonly passDays: number | null;
  /** Linked directly (with IsRequire) or through the price table (seed 002), in catalog order. */
  readonly visitObjects: readonly { readonly id: string; readonly name: string; readonly isRequire: boolean }[];
  readonly visitorCategories: readonly { readonly id: string; readonly name: string; readonly requireVisitorCount: number | null }[];
  readonly priceRows: readonly {
    readonly id: string;
    readonly visitObjectId: string | null;
    readonly visitorCategoryId: string | null;
    readonly priceMinor: number;
  }[];
  /** Bundles and season tickets: their events, by start. */
  readonly events: readonly { readonly id: string; readonly hallId: string; readonly status: string }[];
  /**
   * Of the zones the quote names, those priced in every event of the package (a seat
   * elsewhere is not on sale in all of them); null when its events have no zone prices.
   */
  readonly packageZoneIds: readonly string[] | null;
  /** Whether the package's hall has seated zones (then seats are chosen, else a quantity). */
  readonly packageSeated: boolean;
};

/** Everything a quote's lines refer to, loaded with one query per fact group. */
export type QuoteFacts = {
  readonly events: ReadonlyMap<string, EventSaleFacts>;
  readonly services: ReadonlyMap<string, ServiceSaleFacts>;
  readonly seats: ReadonlyMap<string, SeatFactsRow>;
};
