import { describe, expect, it } from 'vitest';
import { checkPeriod, daysOf, periodDays } from './report-period.ts';

describe('a report period', () => {
  it('counts both ends', () => {
    expect(periodDays({ from: '2025-03-01', to: '2025-03-31' })).toBe(31);
    expect(periodDays({ from: '2024-02-28', to: '2024-03-01' })).toBe(3);
  });

  it('lists every day, across a month end and a leap day', () => {
    expect(daysOf({ from: '2024-02-28', to: '2024-03-01' })).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(daysOf({ from: '2025-03-30', to: '2025-03-30' })).toEqual(['2025-03-30']);
  });

  it('refuses a period that ends before it begins, naming "to"', () => {
    expect(() => checkPeriod({ from: '2025-03-02', to: '2025-03-01' })).toThrow(expect.objectContaining({ code: 'period_invalid', status: 400, field: 'query.to' }));
  });

  it('refuses a period longer than allowed', () => {
    expect(() => checkPeriod({ from: '2024-01-01', to: '2025-01-01' }, 366)).toThrow(expect.objectContaining({ code: 'period_too_long', field: 'query.to' }));
    expect(checkPeriod({ from: '2024-01-01', to: '2024-12-31' }, 366)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });
});
