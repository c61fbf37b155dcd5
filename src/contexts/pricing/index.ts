// The pricing context: the pure price rules, quotes over the catalog, the frozen price
// snapshot. The only door other contexts (booking, the web) use.
import type { ContextModule } from '../../server/contexts.ts';
import { pricingRoutes } from './routes.ts';

export const pricingModule: ContextModule = { name: 'pricing', routes: pricingRoutes };

export { quoteLines, type QuotedLine, type QuotedLines } from './quote-lines.ts';
export type { InventoryNeed } from './assembled-line.ts';
export type { EventSaleFacts } from './catalog-facts.ts';
export {
  eventLineSchema,
  placesEventLineSchema,
  quoteLineSchema,
  quoteRequestSchema,
  quoteResponseSchema,
  quotedLineSchema,
  seatedEventLineSchema,
  serviceLineSchema,
  visitorsSchema,
  isEventLine,
  type EventLineRequest,
  type PlacesEventLineRequest,
  type QuoteLineRequest,
  type QuoteRequest,
  type QuoteResponse,
  type QuotedLineResponse,
  type SeatedEventLineRequest,
  type ServiceLineRequest,
} from './contracts.ts';
export type { Factor, PriceSnapshot, PricedLine, Quote, Validity } from './rules/index.ts';
export { PRICING_ERROR_CODES, type PricingErrorCode } from './rules/index.ts';
