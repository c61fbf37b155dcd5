import { addMinutes, venueTime } from './venue-time.ts';

/** The demo cinema's films, session types and a week of sessions: pure data and one planner. */

export const films = {
  fox: { title: 'Лисёнок и море', title_en: 'The Fox and the Sea', description: 'Анимационная сказка о дружбе.', base_price_minor: 35_000, duration_minutes: 95, age_rating: 0 },
  pass: { title: 'Тихий перевал', title_en: 'The Quiet Pass', description: 'Приключения в горах.', base_price_minor: 45_000, duration_minutes: 130, age_rating: 12 },
  city: { title: 'Город на воде', title_en: 'City on the Water', description: 'Драма о взрослении.', base_price_minor: 40_000, duration_minutes: 104, age_rating: 16 },
  night: { title: 'Долгая ночь', title_en: 'The Long Night', description: 'Эпический триллер: три часа напряжения.', base_price_minor: 55_000, duration_minutes: 185, age_rating: 18 },
} as const;
export type FilmKey = keyof typeof films;

export const sessionTypes = {
  morning: { name: 'Утренний', coefficient: '0.8000', max_duration_minutes: 150, max_age_rating: 12 },
  day: { name: 'Дневной', coefficient: '1.0000', max_duration_minutes: 150, max_age_rating: null },
  evening: { name: 'Вечерний', coefficient: '1.2000', max_duration_minutes: 150, max_age_rating: null },
  extended: { name: 'Удлинённый', coefficient: '1.3000', max_duration_minutes: null, max_age_rating: null },
} as const;
export type SessionTypeKey = keyof typeof sessionTypes;

export type CinemaHallKey = 'imax' | 'comfort' | 'small';

// One day of each hall: films that fit their session types, with a cleaning break between sessions.
const dailyPlan: Record<CinemaHallKey, { time: string; film: FilmKey; type: SessionTypeKey }[]> = {
  imax: [
    { time: '10:00', film: 'fox', type: 'morning' },
    { time: '12:00', film: 'pass', type: 'day' },
    { time: '15:00', film: 'night', type: 'extended' },
    { time: '19:00', film: 'pass', type: 'evening' },
    { time: '21:40', film: 'city', type: 'evening' },
  ],
  comfort: [
    { time: '10:30', film: 'fox', type: 'morning' },
    { time: '13:00', film: 'city', type: 'day' },
    { time: '15:30', film: 'pass', type: 'day' },
    { time: '18:30', film: 'night', type: 'extended' },
    { time: '22:00', film: 'city', type: 'evening' },
  ],
  small: [
    { time: '11:00', film: 'pass', type: 'morning' },
    { time: '14:00', film: 'fox', type: 'day' },
    { time: '16:30', film: 'city', type: 'day' },
    { time: '19:00', film: 'fox', type: 'evening' },
    { time: '21:00', film: 'night', type: 'extended' },
  ],
};

export interface PlannedSession {
  hall: CinemaHallKey;
  film: FilmKey;
  type: SessionTypeKey;
  startsAt: Date;
  endsAt: Date;
}

/** `days` days of sessions in every hall, starting tomorrow in the venue's time zone. */
export function planCinemaWeek(now: Date, timeZone: string, days = 7): PlannedSession[] {
  const sessions: PlannedSession[] = [];
  for (let day = 1; day <= days; day += 1) {
    for (const [hall, plan] of Object.entries(dailyPlan) as [CinemaHallKey, (typeof dailyPlan)[CinemaHallKey]][]) {
      for (const slot of plan) {
        const startsAt = venueTime(now, timeZone, day, slot.time);
        sessions.push({ hall, film: slot.film, type: slot.type, startsAt, endsAt: addMinutes(startsAt, films[slot.film].duration_minutes) });
      }
    }
  }
  return sessions;
}
