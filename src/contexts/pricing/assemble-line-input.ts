import { assembleEventLine } from './assemble-event-line.ts';
import { assembleServiceLine } from './assemble-service-line.ts';
import type { AssembledLine } from './assembled-line.ts';
import type { QuoteFacts } from './catalog-facts.ts';
import { isEventLine, type QuoteLineRequest } from './contracts.ts';

/**
 * Turns one request line into the pricing rules' input, from facts already loaded
 * (loadQuoteFacts): no I/O, so booking and the benchmark can run it as often as they
 * like. Unknown ids are 404 naming `lines.N.eventId` / `lines.N.serviceId`; a line
 * that does not fit its event or service is 422 naming the member at fault.
 */
export function assembleLineInput(line: QuoteLineRequest, lineIndex: number, facts: QuoteFacts): AssembledLine {
  return isEventLine(line) ? assembleEventLine(line, lineIndex, facts) : assembleServiceLine(line, lineIndex, facts);
}
