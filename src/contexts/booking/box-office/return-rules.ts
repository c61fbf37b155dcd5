import { conflict, unprocessable } from '../../../shared/errors.ts';
import { type OrderTicket, pickTickets } from './ticket-choice.ts';

// What may come back to a box office (issue 5 item 5) and how much money goes back. Pure.

export interface ReturnableTicket extends OrderTicket {
  /** The start of the first event the ticket admits to; null for a visit with no event. */
  firstStartsAt: Date | null;
  /** Whether the ticket was already scanned at an entrance. */
  checkedIn: boolean;
}

/**
 * The tickets named, each still live (issued, or paid and waiting to be issued), unused,
 * and for an event that has not started: 409 for a ticket returned, cancelled or used,
 * 409 `ticket_not_paid` for one waiting on an order with nothing paid (nothing was sold:
 * cancel the order instead), 422 `event_started` after the start (a season ticket: after
 * its first event).
 */
export function ticketsToReturn<T extends ReturnableTicket>(tickets: readonly T[], ticketIds: readonly string[], order: { paidMinor: number; now: Date }): T[] {
  const { now } = order;
  const chosen = pickTickets(tickets, ticketIds);
  for (const [index, ticket] of chosen.entries()) {
    const field = `body.ticketIds.${index}`;
    const extra = { ticketId: ticket.id, currentStatus: ticket.status };
    switch (ticket.status) {
      case 'returned':
        throw conflict('ticket_already_returned', 'This ticket has already been returned.', { field, extra });
      case 'cancelled':
        throw conflict('ticket_cancelled', 'This ticket was cancelled; there is nothing to return.', { field, extra });
      case 'active':
        if (order.paidMinor === 0) {
          throw conflict('ticket_not_paid', 'This ticket is neither issued nor paid for: cancel the order instead.', { field, extra });
        }
        break;
      case 'issued':
        break;
    }
    if (ticket.checkedIn) throw conflict('ticket_used', 'This ticket has been used at the entrance; it cannot be returned.', { field, extra });
    if (ticket.firstStartsAt && ticket.firstStartsAt.getTime() <= now.getTime()) {
      throw unprocessable('event_started', 'The event has started; its tickets can no longer be returned.', {
        field,
        extra: { ticketId: ticket.id, startsAt: ticket.firstStartsAt.toISOString() },
      });
    }
  }
  return chosen;
}

/**
 * The money a return gives back: the frozen prices of the tickets returned, but never
 * more than was paid beyond what the tickets kept still cost (a partly paid order first
 * pays for what the client keeps; a ticket issued on credit refunds nothing).
 */
export function refundOfReturn(amounts: { paidMinor: number; returnedMinor: number; keptMinor: number }): number {
  const surplus = amounts.paidMinor - amounts.keptMinor;
  return Math.max(0, Math.min(amounts.returnedMinor, surplus));
}
