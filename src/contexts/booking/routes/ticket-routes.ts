import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../server/deps.ts';
import { actorOf } from '../booking-actor.ts';
import { orderIdParamsSchema } from '../box-office/contracts.ts';
import { checkInTicket } from '../tickets/check-in-ticket.ts';
import { checkInBodySchema, checkInResultSchema } from '../tickets/contracts.ts';
import { getMyTicketsPdf } from '../tickets/get-my-tickets-pdf.ts';
import { getStaffTicketsPdf } from '../tickets/get-staff-tickets-pdf.ts';
import type { TicketsPdf } from '../tickets/print-order-tickets.ts';
import { ticketFonts } from '../tickets/ticket-font.ts';

const pdfResponse = {
  200: { description: 'The issued tickets, one page each, with a QR code of each ticket\'s code', content: { 'application/pdf': { schema: z.string().describe('binary') } } },
};

function sendPdf(reply: FastifyReply, file: TicketsPdf) {
  return reply.type('application/pdf').header('content-disposition', `inline; filename="${file.fileName}"`).header('cache-control', 'private, no-store').send(file.pdf);
}

/** The tickets as a PDF (client and box office) and the check-in at the gate. */
export const ticketRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  if (!ticketFonts().regular) {
    app.log.warn('No TrueType font with Cyrillic found (install fonts-dejavu-core, or the npm package dejavu-fonts-ttf): tickets print in Helvetica, transliterated.');
  }

  app.get(
    '/my/orders/:id/tickets.pdf',
    { config: { access: ['client', 'corporate'] }, schema: { tags: ['booking'], summary: 'Your issued tickets as a PDF to print or show at the entrance', params: z.object({ id: z.uuid() }), response: pdfResponse } },
    async (request, reply) => sendPdf(reply, await getMyTicketsPdf(deps, actorOf(request), request.params.id)),
  );

  app.get(
    '/staff/orders/:orderId/tickets.pdf',
    { config: { access: ['cashier'] }, schema: { tags: ['box office'], summary: "An order's issued tickets as a PDF, to print at the box office", params: orderIdParamsSchema, response: pdfResponse } },
    async (request, reply) => sendPdf(reply, await getStaffTicketsPdf(deps, request.params.orderId)),
  );

  app.post(
    '/staff/check-in',
    {
      config: { access: ['cashier', 'operator'] },
      schema: {
        tags: ['check-in'],
        summary: 'Admit a scanned ticket code to an event, once; refuses a second scan, a returned or unissued ticket and another event',
        body: checkInBodySchema,
        response: { 200: checkInResultSchema },
      },
    },
    async (request) => checkInTicket(deps, actorOf(request), { code: request.body.code, eventId: request.body.eventId ?? null }),
  );
};
