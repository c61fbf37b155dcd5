import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { assertPaidFor, ticketsToIssue } from './issue-rules.ts';
import type { OrderTicket } from './ticket-choice.ts';

const ticket = (id: string, status: OrderTicket['status'], priceMinor = 100_000): OrderTicket => ({ id, status, priceMinor });
const tickets = [ticket('a', 'issued'), ticket('b', 'active'), ticket('c', 'active'), ticket('d', 'returned')];

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('which tickets a cashier issues', () => {
  it('issues every ticket still waiting when none are named', () => {
    expect(ticketsToIssue(tickets, undefined).map((t) => t.id)).toEqual(['b', 'c']);
  });

  it('issues the tickets named, in the order named', () => {
    expect(ticketsToIssue(tickets, ['c', 'b']).map((t) => t.id)).toEqual(['c', 'b']);
  });

  it('refuses a ticket issued, returned, unknown or named twice, naming it', () => {
    expect(errorOf(() => ticketsToIssue(tickets, ['b', 'a']))).toMatchObject({ status: 409, code: 'ticket_already_issued', field: 'body.ticketIds.1' });
    expect(errorOf(() => ticketsToIssue(tickets, ['d']))).toMatchObject({ status: 409, code: 'ticket_not_issuable', extra: { currentStatus: 'returned' } });
    expect(errorOf(() => ticketsToIssue(tickets, ['x']))).toMatchObject({ status: 404, code: 'ticket_not_found', field: 'body.ticketIds.0' });
    expect(errorOf(() => ticketsToIssue(tickets, ['b', 'b']))).toMatchObject({ status: 400, code: 'duplicate_ticket', field: 'body.ticketIds.1' });
  });

  it('says when nothing is left to issue', () => {
    expect(errorOf(() => ticketsToIssue([ticket('a', 'issued')], undefined))).toMatchObject({ status: 409, code: 'nothing_to_issue' });
  });
});

describe('issuing only what is paid for', () => {
  it('issues what the payments cover, to the kopeck', () => {
    expect(() => assertPaidFor({ paidMinor: 300_000, issuedMinor: 100_000, requestedMinor: 200_000 })).not.toThrow();
  });

  it('refuses a kopeck more, with the shortfall', () => {
    const error = errorOf(() => assertPaidFor({ paidMinor: 299_999, issuedMinor: 100_000, requestedMinor: 200_000 }));
    expect(error).toMatchObject({ status: 422, code: 'not_paid_for', field: 'body.ticketIds', extra: { shortMinor: 1, paidMinor: 299_999 } });
  });

  it('counts what was issued before against the same payments', () => {
    expect(errorOf(() => assertPaidFor({ paidMinor: 200_000, issuedMinor: 200_000, requestedMinor: 100_000 }))).toMatchObject({ extra: { shortMinor: 100_000 } });
  });
});
