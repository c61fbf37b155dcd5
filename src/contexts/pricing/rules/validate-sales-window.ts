import { refuse } from './refuse.ts';
import type { SalesWindow } from './types.ts';

/**
 * Refuses a sale outside [salesOpenAt, salesCloseAt) and, for events, at or after
 * the start: a ticket for something already under way is never sold here.
 * `field` names the input the client chose (lines.N.eventId or lines.N.serviceId).
 */
export function validateSalesWindow(
  window: SalesWindow & { readonly startsAt?: Date | null },
  now: Date,
  field: string,
): void {
  const at = now.getTime();
  if (window.salesOpenAt && at < window.salesOpenAt.getTime()) {
    throw refuse('sales_not_open', `sales open at ${window.salesOpenAt.toISOString()}`, field, {
      salesOpenAt: window.salesOpenAt.toISOString(),
    });
  }
  if (window.startsAt && at >= window.startsAt.getTime()) {
    throw refuse('event_started', `the event started at ${window.startsAt.toISOString()}`, field, {
      startsAt: window.startsAt.toISOString(),
    });
  }
  if (window.salesCloseAt && at >= window.salesCloseAt.getTime()) {
    throw refuse('sales_closed', `sales closed at ${window.salesCloseAt.toISOString()}`, field, {
      salesCloseAt: window.salesCloseAt.toISOString(),
    });
  }
}
