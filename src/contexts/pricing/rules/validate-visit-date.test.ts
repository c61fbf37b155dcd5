import { describe, expect, it } from 'vitest';
import type { VisitRules } from './types.ts';
import { validateVisitDate } from './validate-visit-date.ts';
import { expectRefusal } from './testing/expect-refusal.ts';

const summer: VisitRules = {
  activeKindId: 3,
  dtBegin: '2025-06-01T00:00:00',
  dtEnd: '2025-08-31T23:59:59',
  isNeedVisitDate: false,
  isNeedVisitTime: false,
  venueTimeZone: 'Europe/Moscow',
};
const now = new Date('2025-07-01T09:00:00Z'); // 12:00 in Moscow
const check = (choice: { visitDate?: string; visitTime?: string }, rules: VisitRules = summer, at: Date = now) =>
  validateVisitDate(rules, choice, at, 0);

describe('visit dates in the venue wall clock', () => {
  it.each([
    ['the current minute', '2025-07-01', '12:00'],
    ['the last minute of the window', '2025-08-31', '23:59'],
    ['a day without a time', '2025-08-31', undefined],
  ])('accepts %s', (_, visitDate, visitTime) => {
    const result = check(visitTime ? { visitDate, visitTime } : { visitDate });
    expect(result.validity).toEqual({ kind: 'within_window', from: '2025-06-01T00:00:00', to: '2025-08-31T23:59:59', timeZone: 'Europe/Moscow' });
  });

  it.each([
    ['a day after DtEnd', { visitDate: '2025-09-01' }, 'ActiveKindId', 'lines.0.visitDate'],
    ['a day in the past', { visitDate: '2025-06-30' }, 'visit_date_past', 'lines.0.visitDate'],
    ['an hour already gone today', { visitDate: '2025-07-01', visitTime: '11:59' }, 'visit_date_past', 'lines.0.visitTime'],
    ['a date that does not exist', { visitDate: '2025-02-30' }, 'visit_date_invalid', 'lines.0.visitDate'],
    ['a time that does not exist', { visitDate: '2025-07-02', visitTime: '24:00' }, 'visit_time_invalid', 'lines.0.visitTime'],
    ['a time without a date', { visitTime: '10:00' }, 'visit_date_invalid', 'lines.0.visitDate'],
  ])('refuses %s', (_, choice, code, field) => {
    const status = code.endsWith('_invalid') ? 400 : 422;
    expectRefusal(() => check(choice), code, field, status);
  });

  it('refuses a time past DtEnd on the last day of the window, naming the time', () => {
    const closesAtSix = { ...summer, dtEnd: '2025-08-31T18:00:00' };
    expectRefusal(() => check({ visitDate: '2025-08-31', visitTime: '18:01' }, closesAtSix), 'ActiveKindId', 'lines.0.visitTime');
    expect(check({ visitDate: '2025-08-31', visitTime: '18:00' }, closesAtSix).visit).toEqual({ date: '2025-08-31', time: '18:00:00' });
  });

  it('reads DtBegin-DtEnd given as instants in the venue zone', () => {
    const instants = { ...summer, dtBegin: new Date('2025-05-31T21:00:00Z'), dtEnd: new Date('2025-08-31T20:59:59Z') };
    expect(check({ visitDate: '2025-08-31', visitTime: '23:59' }, instants).validity).toMatchObject({ from: '2025-06-01T00:00:00', to: '2025-08-31T23:59:59' });
  });

  it('takes "today" in the venue zone: at 00:30 Moscow on 1 September the summer window is over, though UTC still says 31 August', () => {
    const lateNight = new Date('2025-08-31T21:30:00Z');
    expectRefusal(() => check({}, summer, lateNight), 'ActiveKindId', 'lines.0.serviceId');
    expect(check({}, { ...summer, venueTimeZone: 'UTC' }, lateNight).validity.kind).toBe('within_window');
  });

  it('returns the validity for ActiveKindId 1 and 2', () => {
    const base = { ...summer, dtBegin: null, dtEnd: null, activeDays: 30 };
    expect(check({}, { ...base, activeKindId: 1 }).validity).toEqual({ kind: 'days_from_payment', days: 30 });
    expect(check({}, { ...base, activeKindId: 2 }).validity).toEqual({ kind: 'days_from_first_visit', days: 30 });
  });

  it('refuses ActiveKindId 3 without DtBegin and DtEnd', () => {
    expectRefusal(() => check({ visitDate: '2025-07-02' }, { ...summer, dtEnd: null }), 'ActiveKindId', 'lines.0.serviceId');
  });

  it('refuses an unknown time zone', () => {
    expectRefusal(() => check({}, { ...summer, venueTimeZone: 'Mars/Olympus' }), 'time_zone_invalid', undefined, 400);
  });
});
