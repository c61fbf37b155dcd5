import { assertMinorUnits } from '../../shared/money.ts';
import { conflict, unprocessable } from '../../shared/errors.ts';

/*
 * The life of an order (заказ), seed 001, as a box office runs it (ADR 0003):
 *
 *   from \ to          formed processed partially_issued issued returned cancelled
 *   formed               -       yes          -             -       -        yes
 *   processed            -       self        yes           yes     yes       yes
 *   partially_issued     -        -          self          yes     yes        -
 *   issued               -        -           -            self    yes        -
 *   returned             -        -           -             -       -         -
 *   cancelled            -        -           -             -       -         -
 *
 * formed -> processed:          the client confirms the composition and cost;
 * formed -> cancelled:          the confirmation deadline passes, or the client or staff cancel;
 * processed -> (partially_)issued: staff issue some or all tickets at a point of sale;
 * processed -> cancelled:       cancelled before anything was sold: every ticket cancelled;
 * processed -> returned:        tickets were sold (paid) and every one of them came back before
 *                               issue: money went back, so it is a return, not a cancellation
 *                               (the film report subtracts returns, never cancellations);
 * partially_issued -> issued:   the rest are issued (or the rest cancelled, leaving only issued);
 * * -> returned:                the last live ticket is returned;
 * self:                         the tickets changed (one returned, one more issued) but the order
 *                               stays where it is: a partial return leaves an issued order issued,
 *                               and an order that began issuing stays partially_issued even if the
 *                               one ticket issued comes back (issuing never goes back to processed).
 * returned and cancelled are final. Payment is a separate status derived from amounts
 * (paymentStatus below), never stored by hand: it goes up with payments and down with refunds.
 */

export const orderStatuses = ['formed', 'processed', 'partially_issued', 'issued', 'returned', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const orderTransitions: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  formed: ['processed', 'cancelled'],
  processed: ['processed', 'partially_issued', 'issued', 'returned', 'cancelled'],
  partially_issued: ['partially_issued', 'issued', 'returned'],
  issued: ['issued', 'returned'],
  returned: [],
  cancelled: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return orderTransitions[from].includes(to);
}

/** Throws 409 `illegal_transition` (with the current status) unless the table allows `from -> to`. */
export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    throw conflict('illegal_transition', `An order that is ${from} cannot become ${to}.`, { extra: { currentStatus: from, requested: to } });
  }
}

export function isFinalOrderStatus(status: OrderStatus): boolean {
  switch (status) {
    case 'returned':
    case 'cancelled':
      return true;
    case 'formed':
    case 'processed':
    case 'partially_issued':
    case 'issued':
      return false;
  }
}

/** An order's tickets by their status (booking's ticket statuses). */
export interface TicketCounts {
  /** Sold or to be sold, not yet handed over. */
  active: number;
  issued: number;
  returned: number;
  cancelled: number;
}

/**
 * The status a confirmed order's tickets put it in, after an issue, a return or a
 * cancelled ticket; always a move the table allows from `current`. Apply it with
 * assertTransition and record it only when it differs.
 */
export function orderStatusFromTickets(current: OrderStatus, tickets: TicketCounts): OrderStatus {
  switch (current) {
    case 'formed':
    case 'returned':
    case 'cancelled':
      // Nothing about tickets moves an unconfirmed or finished order.
      return current;
    case 'processed':
    case 'partially_issued':
    case 'issued': {
      const live = tickets.active + tickets.issued;
      // Issued tickets are never cancelled, only returned: an order that began issuing ends returned.
      if (live === 0) return tickets.returned > 0 || current !== 'processed' ? 'returned' : 'cancelled';
      if (tickets.issued === live) return 'issued';
      // Some live ticket is still to be issued. An issued order has none (its composition is
      // fixed once confirmed); should one appear, the order stays issued rather than go back.
      if (current === 'processed') return tickets.issued > 0 ? 'partially_issued' : 'processed';
      return current;
    }
  }
}

export const paymentStatuses = ['unpaid', 'partially_paid', 'paid'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

/**
 * How much of the order is paid, from the amounts alone: nothing owed is paid (a free
 * order is paid at once), a refund moves it back down.
 */
export function paymentStatus(totalMinor: number, paidMinor: number): PaymentStatus {
  assertMinorUnits(totalMinor, 'order total');
  assertMinorUnits(paidMinor, 'amount paid');
  if (totalMinor < 0 || paidMinor < 0) throw unprocessable('amount_invalid', 'Order amounts cannot be negative.');
  if (paidMinor >= totalMinor) return 'paid';
  return paidMinor === 0 ? 'unpaid' : 'partially_paid';
}
