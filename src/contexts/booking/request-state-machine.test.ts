import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { assertTransition, canTransition, isFinalRequestStatus, type RequestStatus, requestStatuses, requestTransitions } from './request-state-machine.ts';

// The table in the file's header, written out again: the test fails if the code drifts from it.
const legal: [RequestStatus, RequestStatus][] = [
  ['not_processed', 'in_processing'],
  ['not_processed', 'processed'],
  ['not_processed', 'rejected'],
  ['in_processing', 'processed'],
  ['in_processing', 'rejected'],
  ['in_processing', 'not_processed'],
];
const isLegal = (from: RequestStatus, to: RequestStatus) => legal.some(([f, t]) => f === from && t === to);
const grid = requestStatuses.flatMap((from) => requestStatuses.map((to) => [from, to] as const));

describe('the request state machine', () => {
  it('has the four statuses DOMAIN.md fixes, each with a row in the table', () => {
    expect([...requestStatuses].sort()).toEqual(['in_processing', 'not_processed', 'processed', 'rejected']);
    expect(Object.keys(requestTransitions).sort()).toEqual([...requestStatuses].sort());
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

  it('knows processed and rejected as final, and final statuses lead nowhere', () => {
    expect(requestStatuses.filter(isFinalRequestStatus)).toEqual(['processed', 'rejected']);
    for (const status of requestStatuses.filter(isFinalRequestStatus)) expect(requestTransitions[status]).toEqual([]);
  });
});
