import { conflict, unprocessable } from '../../../shared/errors.ts';
import { type OrderTicket, pickTickets } from './ticket-choice.ts';

// What a cashier may hand over (issue 5 item 5): only tickets still to issue, and only
// as much as is paid for. Pure.

/**
 * The tickets to issue: those named (each must still be waiting: `active`), or, when
 * none are named, every ticket still waiting. 409 when there is nothing to issue.
 */
export function ticketsToIssue<T extends OrderTicket>(tickets: readonly T[], ticketIds: readonly string[] | undefined): T[] {
  if (ticketIds === undefined) {
    const waiting = tickets.filter((ticket) => ticket.status === 'active');
    if (waiting.length === 0) throw conflict('nothing_to_issue', 'Every ticket of this order is already issued, returned or cancelled.');
    return waiting;
  }
  const chosen = pickTickets(tickets, ticketIds);
  for (const [index, ticket] of chosen.entries()) {
    if (ticket.status !== 'active') {
      const code = ticket.status === 'issued' ? 'ticket_already_issued' : 'ticket_not_issuable';
      throw conflict(code, `This ticket is ${ticket.status}; only a ticket waiting to be issued can be issued.`, {
        field: `body.ticketIds.${index}`,
        extra: { ticketId: ticket.id, currentStatus: ticket.status },
      });
    }
  }
  return chosen;
}

export interface IssueCoverage {
  /** What the order has been paid, net of refunds (a contract order: paid from the contract's balance too). */
  paidMinor: number;
  /** The frozen prices of the order's tickets issued before (and not returned). */
  issuedMinor: number;
  /** The frozen prices of the tickets to issue now. */
  requestedMinor: number;
}

/**
 * Issued tickets must be paid for: the value issued, after this issue, may not exceed the
 * amount paid. A corporate order's credit is its contract's balance, which payments lets
 * go below zero down to the credit limit (ADR 0007). 422 `not_paid_for` with the figures.
 */
export function assertPaidFor(coverage: IssueCoverage): void {
  const shortMinor = coverage.issuedMinor + coverage.requestedMinor - coverage.paidMinor;
  if (shortMinor <= 0) return;
  throw unprocessable('not_paid_for', 'These tickets are not paid for: take a payment first, or issue fewer.', {
    field: 'body.ticketIds',
    extra: { ...coverage, shortMinor },
  });
}
