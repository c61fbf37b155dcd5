import { notFound, type AppError } from '../../../shared/errors.ts';

// One 404 per kind of catalog record, so a client can tell which id was unknown.
// `field` names where the id came from: a path parameter or a member of the body.

const make = (code: string, what: string, defaultField: string) => (field: string = defaultField): AppError =>
  notFound(code, `There is no ${what} with this id.`, { field });

export const venueNotFound = make('venue_not_found', 'venue', 'params.venueId');
export const hallNotFound = make('hall_not_found', 'hall', 'params.hallId');
export const hallTypeNotFound = make('hall_type_not_found', 'hall type', 'params.hallTypeId');
export const zoneNotFound = make('zone_not_found', 'zone', 'params.zoneId');
export const filmNotFound = make('film_not_found', 'film', 'params.filmId');
export const sessionTypeNotFound = make('session_type_not_found', 'session type', 'params.sessionTypeId');
export const eventNotFound = make('event_not_found', 'event', 'params.eventId');
export const serviceNotFound = make('service_not_found', 'service', 'params.serviceId');
export const visitObjectNotFound = make('visit_object_not_found', 'visit object', 'params.visitObjectId');
export const visitorCategoryNotFound = make('visitor_category_not_found', 'visitor category', 'params.visitorCategoryId');

/** The index of the first id of `wanted` that `found` lacks, or -1. */
export function firstMissing(wanted: readonly string[], found: Iterable<string>): number {
  const known = new Set(found);
  return wanted.findIndex((id) => !known.has(id));
}
