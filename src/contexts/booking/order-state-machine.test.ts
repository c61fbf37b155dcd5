import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../../shared/errors.ts';
import {
  assertTransition,
  canTransition,
  isFinalOrderStatus,
  type OrderStatus,
  orderStatuses,
  orderStatusFromTickets,
  orderTransitions,
  paymentStatus,
} from './order-state-machine.ts';

// The table of the file's header (and ADR 0003), written out again.
const legal: [OrderStatus, OrderStatus][] = [
  ['formed', 'processed'],
  ['formed', 'cancelled'],
  ['processed', 'processed'],
  ['processed', 'partially_issued'],
  ['processed', 'issued'],
  ['processed', 'returned'],
  ['processed', 'cancelled'],
  ['partially_issued', 'partially_issued'],
  ['partially_issued', 'issued'],
  ['partially_issued', 'returned'],
  ['issued', 'issued'],
  ['issued', 'returned'],
];
const isLegal = (from: OrderStatus, to: OrderStatus) => legal.some(([f, t]) => f === from && t === to);
const grid = orderStatuses.flatMap((from) => orderStatuses.map((to) => [from, to] as const));

describe('the order state machine', () => {
  it('has the six statuses DOMAIN.md fixes, each with a row in the table', () => {
    expect(Object.keys(orderTransitions).sort()).toEqual([...orderStatuses].sort());
    expect(orderStatuses).toHaveLength(6);
  });

  it.each(grid.filter(([from, to]) => isLegal(from, to)))('allows %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(grid.filter(([from, to]) => !isLegal(from, to)))('refuses %s -> %s with 409 illegal_transition', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    try {
      assertTransition(from, to);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ status: 409, code: 'illegal_transition', extra: { currentStatus: from, requested: to } });
    }
  });

  it('knows returned and cancelled as final, and final statuses lead nowhere', () => {
    expect(orderStatuses.filter(isFinalOrderStatus)).toEqual(['returned', 'cancelled']);
    for (const status of orderStatuses.filter(isFinalOrderStatus)) expect(orderTransitions[status]).toEqual([]);
  });
});

describe('the order status its tickets give', () => {
  const counts = (active: number, issued: number, returned = 0, cancelled = 0) => ({ active, issued, returned, cancelled });

  it.each([
    ['nothing issued yet', 'processed', counts(3, 0), 'processed'],
    ['one of three issued', 'processed', counts(2, 1), 'partially_issued'],
    ['all issued at once', 'processed', counts(0, 3), 'issued'],
    ['the rest issued', 'partially_issued', counts(0, 3), 'issued'],
    ['one more issued, one still to go', 'partially_issued', counts(1, 2), 'partially_issued'],
    ['an issued ticket returned, nothing issued now: issuing has begun', 'partially_issued', counts(2, 0, 1), 'partially_issued'],
    ['a partial return of an issued order', 'issued', counts(0, 2, 1), 'issued'],
    ['every issued ticket returned', 'issued', counts(0, 0, 3), 'returned'],
    ['every ticket returned, some before issue', 'partially_issued', counts(0, 0, 3), 'returned'],
    ['paid tickets all returned before issue', 'processed', counts(0, 0, 2), 'returned'],
    ['unpaid tickets all cancelled', 'processed', counts(0, 0, 0, 3), 'cancelled'],
    ['unissued rest cancelled, the issued stay', 'partially_issued', counts(0, 1, 0, 2), 'issued'],
    ['a formed order is moved by confirmation only', 'formed', counts(0, 0, 0, 3), 'formed'],
    ['a cancelled order stays cancelled', 'cancelled', counts(0, 0, 0, 3), 'cancelled'],
  ] as const)('%s', (_, current, tickets, expected) => {
    expect(orderStatusFromTickets(current, tickets)).toBe(expected);
  });

  it('never asks for a move the table forbids', () => {
    const count = fc.nat({ max: 5 });
    fc.assert(
      fc.property(fc.constantFrom(...orderStatuses), count, count, count, count, (current, active, issued, returned, cancelled) => {
        const next = orderStatusFromTickets(current, { active, issued, returned, cancelled });
        expect(next === current || canTransition(current, next)).toBe(true);
      }),
    );
  });
});

describe('the payment status', () => {
  it.each([
    [100_00, 0, 'unpaid'],
    [100_00, 1, 'partially_paid'],
    [100_00, 99_99, 'partially_paid'],
    [100_00, 100_00, 'paid'],
    [0, 0, 'paid'],
  ] as const)('of a total of %i kopecks with %i paid is %s', (total, paid, expected) => {
    expect(paymentStatus(total, paid)).toBe(expected);
  });

  it('goes back down as refunds take the paid amount down', () => {
    expect([300_00, 120_00, 0].map((paid) => paymentStatus(300_00, paid))).toEqual(['paid', 'partially_paid', 'unpaid']);
  });

  it.each([
    [100.5, 0],
    [100, -1],
    [-100, 0],
  ])('refuses amounts that are not whole non-negative kopecks (%d, %d)', (total, paid) => {
    expect(() => paymentStatus(total, paid)).toThrow(AppError);
  });
});
