import { describe, expect, it } from 'vitest';
import { addDays, instantToWall, mondayOf, wallToInstant } from './wall-time.ts';

describe('wall time of a venue', () => {
  it('reads a Moscow evening as the instant three hours earlier in UTC, and back', () => {
    expect(wallToInstant('2026-03-02T19:00', 'Europe/Moscow')).toBe('2026-03-02T16:00:00.000Z');
    expect(instantToWall('2026-03-02T16:00:00.000Z', 'Europe/Moscow')).toBe('2026-03-02T19:00');
    expect(wallToInstant('2026-03-02', 'Asia/Yekaterinburg')).toBe('2026-03-01T19:00:00.000Z');
  });

  it('keeps the wall clock across a daylight-saving change', () => {
    expect(wallToInstant('2026-07-01T10:00', 'Europe/Berlin')).toBe('2026-07-01T08:00:00.000Z');
    expect(wallToInstant('2026-01-01T10:00', 'Europe/Berlin')).toBe('2026-01-01T09:00:00.000Z');
    expect(instantToWall('2026-03-29T01:30:00Z', 'Europe/Berlin')).toBe('2026-03-29T03:30');
  });

  it('refuses what is not a wall time', () => {
    expect(wallToInstant('tomorrow', 'Europe/Moscow')).toBeNull();
    expect(wallToInstant('', 'Europe/Moscow')).toBeNull();
  });

  it('starts weeks on Monday', () => {
    expect(mondayOf('2026-11-21')).toBe('2026-11-16');
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });
});

