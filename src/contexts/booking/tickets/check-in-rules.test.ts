import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { assertAdmits, type ScannedTicket } from './check-in-rules.ts';

const scannedAt = new Date('2025-06-01T18:40:00Z');
const ticket = (status: ScannedTicket['status'], admissions: ScannedTicket['admissions'] = [{ eventId: 'match', checkedInAt: null }]): ScannedTicket => ({
  id: 't', status, admissions,
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

describe('whether a scanned ticket admits', () => {
  it('admits an issued ticket to its event once', () => {
    expect(() => assertAdmits(ticket('issued'), 'match')).not.toThrow();
    const second = errorOf(() => assertAdmits(ticket('issued', [{ eventId: 'match', checkedInAt: scannedAt }]), 'match'));
    expect(second).toMatchObject({ status: 409, code: 'already_checked_in', extra: { checkedInAt: scannedAt.toISOString() } });
  });

  it('admits a season ticket once to each event of its set', () => {
    const season = ticket('issued', [{ eventId: 'm1', checkedInAt: scannedAt }, { eventId: 'm2', checkedInAt: null }]);
    expect(() => assertAdmits(season, 'm2')).not.toThrow();
    expect(errorOf(() => assertAdmits(season, 'm1')).code).toBe('already_checked_in');
  });

  it('refuses returned, cancelled and unissued tickets, and another event', () => {
    expect(errorOf(() => assertAdmits(ticket('returned'), 'match'))).toMatchObject({ status: 409, code: 'ticket_returned' });
    expect(errorOf(() => assertAdmits(ticket('cancelled'), 'match'))).toMatchObject({ status: 409, code: 'ticket_cancelled' });
    expect(errorOf(() => assertAdmits(ticket('active'), 'match'))).toMatchObject({ status: 409, code: 'ticket_not_issued' });
    expect(errorOf(() => assertAdmits(ticket('issued'), 'concert'))).toMatchObject({ status: 422, code: 'wrong_event', field: 'body.eventId', extra: { eventIds: ['match'] } });
  });

  it('admits a museum visit (no event) only at a gate with no event', () => {
    const visit = ticket('issued', [{ eventId: null, checkedInAt: null }]);
    expect(() => assertAdmits(visit, null)).not.toThrow();
    expect(errorOf(() => assertAdmits(visit, 'match')).code).toBe('wrong_event');
  });
});
