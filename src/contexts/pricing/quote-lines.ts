import type { Db } from '../../server/db/types.ts';
import { assembleLineInput } from './assemble-line-input.ts';
import type { InventoryNeed } from './assembled-line.ts';
import type { EventSaleFacts } from './catalog-facts.ts';
import type { QuoteLineRequest } from './contracts.ts';
import { loadContract } from './load-contract.ts';
import { loadQuoteFacts } from './load-quote-facts.ts';
import { type PricedLine, priceQuote, type Quote } from './rules/index.ts';

/** A priced line with where it stood in the request, what it reads as and what it holds. */
export type QuotedLine = PricedLine & {
  readonly lineIndex: number;
  readonly description: string;
  readonly request: QuoteLineRequest;
  readonly inventory: InventoryNeed;
};

export type QuotedLines = {
  readonly lines: readonly QuotedLine[];
  readonly quote: Quote;
  /** The events the lines name, as read for the quote (with their venues' booking settings). */
  readonly events: readonly EventSaleFacts[];
};

/**
 * Prices the lines a client asks for, at `now`, with the contract prices of
 * `clientId`'s organisation if one applies: the catalog facts are read in a few
 * queries on `db` (pass a transaction to price inside it), every line is validated
 * before it is priced, and a refusal is an AppError whose field names the input at
 * fault (`lines.N.…`). Each line carries the snapshot a sale freezes. A caller that
 * knows the client's organisation (the session's actor) passes `organizationId`: null
 * then spares the contract lookup, since only an organisation's representative has one.
 */
export async function quoteLines(
  db: Db,
  request: {
    readonly lines: readonly QuoteLineRequest[];
    readonly clientId: string | null;
    readonly organizationId?: string | null;
    readonly now: Date;
  },
): Promise<QuotedLines> {
  // Sequential, not Promise.all: on a transaction's single connection node-postgres
  // must not be handed two queries at once (deprecated in pg 8, an error in pg 9).
  const facts = await loadQuoteFacts(db, request.lines);
  const contract = await loadContract(db, { clientId: request.clientId, organizationId: request.organizationId, at: request.now });
  const assembled = request.lines.map((line, lineIndex) => assembleLineInput(line, lineIndex, facts));
  const quote = priceQuote(
    assembled.map((line) => line.input),
    { now: request.now, contract },
  );
  const lines = quote.lines.map((priced, lineIndex): QuotedLine => {
    const line = assembled[lineIndex];
    const sent = request.lines[lineIndex];
    if (!line || !sent) throw new Error(`priced line ${lineIndex} has no request line`);
    return { ...priced, lineIndex, description: line.description, request: sent, inventory: line.inventory };
  });
  return { lines, quote, events: [...facts.events.values()] };
}
