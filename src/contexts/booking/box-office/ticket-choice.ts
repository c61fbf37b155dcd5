import { badRequest, notFound } from '../../../shared/errors.ts';
import { sumMinor } from '../../../shared/money.ts';
import type { TicketStatus } from '../tickets/ticket-repository.ts';

// Picking tickets of an order by the ids a cashier sent. Pure.

export interface OrderTicket {
  id: string;
  status: TicketStatus;
  priceMinor: number;
}

/**
 * The order's tickets named by `ticketIds`, in the order given: 400 for an id sent twice,
 * 404 `ticket_not_found` for one that is not a ticket of this order (naming the field).
 */
export function pickTickets<T extends OrderTicket>(tickets: readonly T[], ticketIds: readonly string[]): T[] {
  const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
  const seen = new Set<string>();
  return ticketIds.map((id, index) => {
    const field = `body.ticketIds.${index}`;
    if (seen.has(id)) throw badRequest('duplicate_ticket', 'The same ticket is named twice.', { field });
    seen.add(id);
    const ticket = byId.get(id);
    if (!ticket) throw notFound('ticket_not_found', 'There is no such ticket in this order.', { field, extra: { ticketId: id } });
    return ticket;
  });
}

/** The sum of the tickets' frozen prices. */
export function priceOf(tickets: readonly OrderTicket[]): number {
  return sumMinor(tickets.map((ticket) => ticket.priceMinor));
}
