/**
 * The pricing rules: pure functions of catalog facts, the client's choice, `now`
 * and an optional contract. No database, no clock, no I/O. Prices are integer
 * kopecks; coefficients are exact decimals; each line is rounded once.
 */
export { priceQuote } from './price-quote.ts';
export { priceLine } from './price-line.ts';
export { validateLine } from './validate-line.ts';
export { validateEventLine } from './validate-event-line.ts';
export { validatePackageLine } from './validate-package-line.ts';
export { validateSimpleLine } from './validate-simple-line.ts';
export { validateMuseumLine } from './validate-museum-line.ts';
export { validateVisitObjects } from './validate-visit-objects.ts';
export { validateVisitors } from './validate-visitors.ts';
export { validateVisitDate } from './validate-visit-date.ts';
export { validateSalesWindow } from './validate-sales-window.ts';
export { findContractPrice } from './find-contract-price.ts';
export { findCellPrice } from './find-cell-price.ts';
export { PRICING_ERROR_CODES, type PricingErrorCode } from './error-codes.ts';
export type * from './types.ts';
export type * from './priced-line.ts';
