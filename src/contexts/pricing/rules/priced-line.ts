import type { CurrencyCode } from '../../../shared/money.ts';
import type { Id, LineKind } from './types.ts';

/**
 * What the rules answer. Every number a person would check on a receipt is here
 * in kopecks, with the factors that made it, in the order they were applied.
 */
export type ContractScope = 'event_zone' | 'event' | 'service';

/** Where a museum cell's price came from, most specific first. */
export type CellPriceSource = 'object_and_category' | 'object' | 'category' | 'service_row' | 'base_cost' | 'contract';

export type Factor =
  | { readonly kind: 'film_base_price'; readonly filmId: Id; readonly title: string; readonly priceMinor: number }
  | { readonly kind: 'zone_price'; readonly zoneId: Id; readonly zoneName: string; readonly priceMinor: number }
  | { readonly kind: 'service_cost'; readonly serviceId: Id; readonly serviceName: string; readonly priceMinor: number }
  | {
      readonly kind: 'coefficient';
      readonly source: 'hall_type' | 'zone' | 'session_type';
      readonly id: Id;
      readonly name: string;
      /** The exact decimal as given ("1.5000"). */
      readonly value: string;
    }
  /** The exact product before the one rounding, so "37 440.0000 -> 37 440" can be checked by hand. */
  | { readonly kind: 'rounding'; readonly exactMinor: string; readonly roundedMinor: number }
  | {
      readonly kind: 'contract';
      readonly contractId: Id;
      readonly contractNumber: string;
      readonly scope: ContractScope;
      readonly priceMinor: number;
      /** The list unit price the contract replaced (null where the formula has no single unit price). */
      readonly listPriceMinor: number | null;
    }
  | {
      readonly kind: 'museum_cell';
      readonly visitObjectId: Id | null;
      readonly visitObjectName: string | null;
      readonly visitorCategoryId: Id | null;
      readonly visitorCategoryName: string | null;
      readonly priceMinor: number;
      readonly priceSource: CellPriceSource;
      readonly priceRowId: Id | null;
      /** The visitor count the price was multiplied by (1 when the count is not used for cost). */
      readonly count: number;
      readonly subtotalMinor: number;
    };

/** How long a service ticket stays valid (seed 002 ActiveKindId), for printing on the ticket. */
export type Validity =
  | { readonly kind: 'days_from_payment'; readonly days: number }
  | { readonly kind: 'days_from_first_visit'; readonly days: number }
  | { readonly kind: 'within_window'; readonly from: string; readonly to: string; readonly timeZone: string };

export type VisitSlot = { readonly date: string | null; readonly time: string | null };

/** A catalog row an input came from, with the edition that was read. */
export type InputRef = { readonly entity: string; readonly id: Id; readonly version: number | null };

/** JSON-safe (no Date, BigInt or Map): booking stores it frozen on the sold ticket. */
export type PriceSnapshot = {
  readonly schema: 'price-snapshot/1';
  readonly kind: LineKind;
  readonly currency: CurrencyCode;
  readonly unitPriceMinor: number | null;
  readonly quantity: number;
  readonly amountMinor: number;
  readonly factors: readonly Factor[];
  readonly inputs: readonly InputRef[];
  /** The client's choice as priced (seats, objects, visitors, visit date and time). */
  readonly choice: Readonly<Record<string, unknown>>;
  readonly validity: Validity | null;
  readonly visit: VisitSlot | null;
  readonly pricedAt: string;
};

export type PricedLine = {
  readonly kind: LineKind;
  /**
   * Per seat / per item / per visitor. For a museum line it is amount / quantity
   * only when that divides exactly, otherwise null: the amount is authoritative
   * and the museum_cell factors explain it.
   */
  readonly unitPriceMinor: number | null;
  readonly quantity: number;
  readonly amountMinor: number;
  readonly currency: CurrencyCode;
  readonly factors: readonly Factor[];
  readonly validity: Validity | null;
  readonly snapshot: PriceSnapshot;
};

export type Quote = {
  readonly currency: CurrencyCode;
  /** Σ line amounts; each line was rounded once and the total is never re-rounded. */
  readonly totalMinor: number;
  readonly lines: readonly PricedLine[];
};
