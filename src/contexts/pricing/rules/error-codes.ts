/**
 * Every code the rules refuse a line with (status 422 unless noted). Flag
 * violations carry the seed 002 flag name exactly; other rules are snake_case.
 */
export const PRICING_ERROR_CODES = [
  // seed 002 flags
  'IsDisableEditVisitObject',
  'IsRequire',
  'IsDisableEditVisitor',
  'RequireVisitorCount',
  'IsUseOneCategory',
  'IsNeedVisitDate',
  'IsNeedVisitTime',
  'ActiveKindId',
  // sales and events
  'sales_not_open',
  'sales_closed',
  'event_started',
  'seat_not_in_event',
  'zone_not_in_event',
  'duplicate_seat',
  'quantity_invalid',
  // museum choices
  'unknown_visit_object',
  'unknown_visitor_category',
  'visitors_required',
  'visit_objects_required',
  'duplicate_visit_object',
  'duplicate_visitor_category',
  'visit_date_past',
  // input format (400)
  'visit_date_invalid',
  'visit_time_invalid',
  // money and catalog data
  'currency_mismatch',
  'currency_invalid',
  'amount_invalid',
  'amount_too_large',
  'decimal_invalid',
  'time_zone_invalid',
  'visit_window_invalid',
] as const;

export type PricingErrorCode = (typeof PRICING_ERROR_CODES)[number];
