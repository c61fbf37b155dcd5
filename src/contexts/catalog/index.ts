// The catalog context: venues, halls, zones, seats, films, session types, events
// (with the scheduling rules of seed 003) and services (with the flags of seed 002).
// The only door other contexts use.
import type { ContextModule } from '../../server/contexts.ts';
import { catalogRoutes } from './routes.ts';

/** The catalog's public read API and the manager's catalog API, under /api. */
export const catalogModule: ContextModule = { name: 'catalog', routes: catalogRoutes };

// What pricing and booking read to price and sell (plain values; coefficients as exact decimal text).
export { getEventForSale, type EventForSale, type CoefficientFacts } from './events/get-event-for-sale.ts';
export { getServiceForSale, type ServiceForSale } from './services/get-service-for-sale.ts';
export { findSeats, type SeatFacts } from './events/find-seats.ts';
export { findFilms, type FilmFacts } from './films/find-films.ts';

// Writes, for the import CLI and other contexts' demo data; each runs in its own transaction (nested in the caller's, if given one).
export { importVenue, type ImportedVenue } from './import/import-venue.ts';
export type { Change as CatalogChange } from './shared/change.ts';

export type { AgeRating, EventKind, EventStatus, ServiceKind, VenueKind, ZoneKind } from './tables.ts';
