import { describe, expect, it } from 'vitest';
import { films, planCinemaWeek, sessionTypes } from './cinema-week.ts';
import { venueDate, venueTime } from './venue-time.ts';

describe('the demo cinema week', () => {
  const now = new Date('2025-03-10T09:15:00Z');
  const sessions = planCinemaWeek(now, 'Europe/Moscow');

  it('fills seven days from tomorrow in all three halls', () => {
    expect(new Set(sessions.map((s) => s.hall)).size).toBe(3);
    const days = [...new Set(sessions.map((s) => venueDate(s.startsAt, 'Europe/Moscow')))].sort();
    expect(days).toEqual(['2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-15', '2025-03-16', '2025-03-17']);
    expect(sessions.every((s) => s.startsAt > now)).toBe(true);
  });

  it('ends every session at start + film duration, and never overlaps two sessions in a hall', () => {
    for (const s of sessions) expect(s.endsAt.getTime() - s.startsAt.getTime()).toBe(films[s.film].duration_minutes * 60_000);
    for (const hall of ['imax', 'comfort', 'small'] as const) {
      const inHall = sessions.filter((s) => s.hall === hall).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      inHall.slice(1).forEach((s, i) => expect(s.startsAt.getTime()).toBeGreaterThanOrEqual(inHall[i]!.endsAt.getTime()));
    }
  });

  it('puts each film only into session types that take its length and age rating', () => {
    for (const s of sessions) {
      const type = sessionTypes[s.type];
      const film = films[s.film];
      if (type.max_duration_minutes !== null) expect(film.duration_minutes).toBeLessThanOrEqual(type.max_duration_minutes);
      if (type.max_age_rating !== null) expect(film.age_rating).toBeLessThanOrEqual(type.max_age_rating);
    }
    expect(sessions.filter((s) => s.film === 'night').every((s) => s.type === 'extended')).toBe(true);
    expect(sessions.some((s) => s.type === 'morning' && films[s.film].age_rating === 18)).toBe(false);
    expect(new Set(sessions.map((s) => s.type))).toEqual(new Set(['morning', 'day', 'evening', 'extended']));
  });
});

describe('venue wall-clock times', () => {
  it('reads "in 3 days at 19:30" in Moscow (UTC+3) whatever the machine zone', () => {
    expect(venueTime(new Date('2025-06-30T22:30:00Z'), 'Europe/Moscow', 3, '19:30').toISOString()).toBe('2025-07-04T16:30:00.000Z');
  });

  it('follows a zone with daylight saving across its change', () => {
    expect(venueTime(new Date('2025-03-29T12:00:00Z'), 'Europe/Berlin', 0, '12:00').toISOString()).toBe('2025-03-29T11:00:00.000Z');
    expect(venueTime(new Date('2025-03-29T12:00:00Z'), 'Europe/Berlin', 1, '12:00').toISOString()).toBe('2025-03-30T10:00:00.000Z');
  });
});
