import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/deps.ts';
import { quoteRequestSchema, quoteResponseSchema, type QuoteResponse } from './contracts.ts';
import { quoteLines } from './quote-lines.ts';

export const pricingRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  app.post(
    '/quotes',
    {
      // Anyone may ask a price; a logged-in corporate representative gets the contract's prices.
      config: { access: 'public' },
      schema: {
        tags: ['pricing'],
        summary: 'Price seats, places and services before booking them',
        description:
          'Every line is validated and priced as a booking would be, at the current time; nothing is held. ' +
          'A line that breaks a rule is refused (422) with the rule as `code` and the input at fault as `field` (lines.N.…).',
        body: quoteRequestSchema,
        response: { 200: quoteResponseSchema },
      },
    },
    async (request): Promise<QuoteResponse> => {
      const { lines, quote } = await quoteLines(deps.database.db, {
        lines: request.body.lines,
        clientId: request.actor?.clientId ?? null,
        now: deps.clock.now(),
      });
      return {
        lines: lines.map((line) => ({
          lineIndex: line.lineIndex,
          kind: line.kind,
          unitPriceMinor: line.unitPriceMinor,
          quantity: line.quantity,
          amountMinor: line.amountMinor,
          currency: line.currency,
          factors: [...line.factors],
          validity: line.validity,
          description: line.description,
        })),
        totalMinor: quote.totalMinor,
        currency: quote.currency,
      };
    },
  );
};
