/**
 * The catalog's request and response schemas (Zod), shared by the routes and the web
 * apps. Instants are ISO 8601 strings, money integer kopecks, coefficients decimal text.
 */
export * from './contracts/common.ts';
export * from './contracts/venues.ts';
export * from './contracts/films.ts';
export * from './contracts/events.ts';
export * from './contracts/services.ts';
export { venueFile, hallLayout, type VenueFile, type HallLayout } from './import/venue-file.ts';
