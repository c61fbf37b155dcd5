import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import { ticketsOf } from '../order-repository.ts';
import type { OrderRow } from '../tables.ts';
import { loadTicketFacts } from './load-ticket-facts.ts';
import { renderTicketsPdf } from './render-tickets-pdf.ts';
import { ticketSheet } from './ticket-sheet.ts';

export interface TicketsPdf {
  fileName: string;
  pdf: Buffer;
}

/**
 * The order's issued tickets as a PDF, one page each. Only issued tickets are printed:
 * a ticket's code admits its bearer, and a ticket not yet paid and handed over admits
 * nobody (ADR 0007); so an order with none issued is 409 `no_tickets_issued`.
 */
export async function printOrderTickets(db: Db, order: OrderRow, now: Date): Promise<TicketsPdf> {
  const issued = (await ticketsOf(db, [order.id])).filter((ticket) => ticket.status === 'issued');
  if (issued.length === 0) {
    throw conflict('no_tickets_issued', 'No ticket of this order is issued yet: tickets are printed once paid and issued at a box office.', {
      extra: { currentStatus: order.status, paymentStatus: order.paymentStatus },
    });
  }
  const sheets = (await loadTicketFacts(db, order, issued)).map(ticketSheet);
  const pdf = await renderTicketsPdf(sheets, { title: `Билеты / Tickets ${order.bookingNumber}`, now });
  return { fileName: `tickets-${order.bookingNumber}.pdf`, pdf };
}
