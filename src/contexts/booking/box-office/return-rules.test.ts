import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { refundOfReturn, type ReturnableTicket, ticketsToReturn } from './return-rules.ts';

const now = new Date('2025-06-01T12:00:00Z');
const later = new Date('2025-06-02T16:00:00Z');
const ticket = (id: string, status: ReturnableTicket['status'], more: Partial<ReturnableTicket> = {}): ReturnableTicket => ({
  id, status, priceMinor: 100_000, firstStartsAt: later, checkedIn: false, ...more,
});

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('which tickets may be returned', () => {
  const paid = { paidMinor: 100_000, now };
  const tickets = [
    ticket('issued', 'issued'),
    ticket('waiting', 'active'),
    ticket('visit', 'issued', { firstStartsAt: null }),
    ticket('gone', 'returned'),
    ticket('void', 'cancelled'),
    ticket('used', 'issued', { checkedIn: true }),
    ticket('started', 'issued', { firstStartsAt: now }),
  ];

  it('takes back issued tickets, paid ones waiting to be issued, and visits with no event', () => {
    expect(ticketsToReturn(tickets, ['issued', 'waiting', 'visit'], { paidMinor: 100_000, now }).map((t) => t.id)).toEqual(['issued', 'waiting', 'visit']);
  });

  it('refuses a ticket returned, cancelled or used, naming it', () => {
    expect(errorOf(() => ticketsToReturn(tickets, ['issued', 'gone'], paid))).toMatchObject({ status: 409, code: 'ticket_already_returned', field: 'body.ticketIds.1' });
    expect(errorOf(() => ticketsToReturn(tickets, ['void'], paid))).toMatchObject({ status: 409, code: 'ticket_cancelled' });
    expect(errorOf(() => ticketsToReturn(tickets, ['used'], paid))).toMatchObject({ status: 409, code: 'ticket_used' });
  });

  it('refuses a ticket waiting on an order with nothing paid: nothing was sold', () => {
    expect(errorOf(() => ticketsToReturn(tickets, ['waiting'], { paidMinor: 0, now }))).toMatchObject({ status: 409, code: 'ticket_not_paid' });
    expect(ticketsToReturn(tickets, ['issued'], { paidMinor: 0, now })).toHaveLength(1);
  });

  it('refuses once the event has started (at its start exactly, too)', () => {
    expect(errorOf(() => ticketsToReturn(tickets, ['started'], paid))).toMatchObject({
      status: 422, code: 'event_started', field: 'body.ticketIds.0', extra: { startsAt: now.toISOString() },
    });
    expect(ticketsToReturn(tickets, ['started'], { paidMinor: 1, now: new Date(now.getTime() - 1) })).toHaveLength(1);
  });
});

describe('the refund of a return', () => {
  it('gives back the frozen prices of a fully paid order', () => {
    expect(refundOfReturn({ paidMinor: 300_000, returnedMinor: 100_000, keptMinor: 200_000 })).toBe(100_000);
    expect(refundOfReturn({ paidMinor: 300_000, returnedMinor: 300_000, keptMinor: 0 })).toBe(300_000);
  });

  it('keeps what a partly paid order still needs for the tickets kept', () => {
    expect(refundOfReturn({ paidMinor: 100_000, returnedMinor: 100_000, keptMinor: 200_000 })).toBe(0);
    expect(refundOfReturn({ paidMinor: 250_000, returnedMinor: 100_000, keptMinor: 200_000 })).toBe(50_000);
  });

  it('refunds nothing for tickets issued on credit', () => {
    expect(refundOfReturn({ paidMinor: 0, returnedMinor: 100_000, keptMinor: 0 })).toBe(0);
  });
});
