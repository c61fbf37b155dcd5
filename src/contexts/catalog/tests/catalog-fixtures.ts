import type { Db } from '../../../server/db/types.ts';
import { createFilm } from '../films/create-film.ts';
import { listSessionTypes } from '../films/list-session-types.ts';
import { createEvent } from '../events/create-event.ts';
import { importVenue } from '../import/import-venue.ts';
import type { VenueFile } from '../import/venue-file.ts';
import { venueFile } from '../import/venue-file.ts';
import type { Change } from '../shared/change.ts';

// A small catalog built through the use cases, as a manager would: a cinema (seed 003)
// and a stadium with a seated sector and a dance floor (seed 001).

export const NOW = '2025-07-01T09:00:00.000Z'; // 12:00 in Moscow
export const MANAGER_ID = '0b9f7c52-6a43-4a7e-9d55-6f1f3a3c1e01';

export const managerChange = (now = NOW): Change => ({ by: { id: MANAGER_ID, kind: 'staff' }, requestId: 'test', now: new Date(now) });

export const cinemaFile = (name = 'Тестовый кинотеатр'): VenueFile =>
  venueFile.parse({
    venue: { kind: 'cinema', name, address: 'Москва' },
    hallTypes: [{ code: 'imax-t', name: 'IMAX', coefficient: '1.3' }],
    sessionTypes: [
      { code: 'morning', name: 'Утренний', coefficient: '0.8', maxAgeRating: 12 },
      { code: 'standard', name: 'Стандартный', coefficient: '1', maxDurationMinutes: 150 },
      { code: 'extended', name: 'Удлинённый', coefficient: '1.1', maxDurationMinutes: 240 },
    ],
    halls: [
      {
        name: 'Зал 1',
        hallTypes: ['imax-t'],
        zones: [
          { code: 'std', name: 'Партер', kind: 'seated', rows: [{ row: '1', repeat: 2, seats: 10 }] },
          { code: 'vip', name: 'VIP', kind: 'seated', coefficient: '1.4', rows: [{ row: '3', seats: 4 }] },
        ],
      },
      { name: 'Зал 2', zones: [{ code: 'std', name: 'Партер', kind: 'seated', rows: [{ row: '1', seats: 5 }] }] },
    ],
  });

export const stadiumFile = (name = 'Тестовый стадион'): VenueFile =>
  venueFile.parse({
    venue: { kind: 'stadium', name },
    halls: [
      {
        name: 'Арена',
        zones: [
          { code: 'a', name: 'Сектор A', kind: 'seated', rows: [{ row: '1', repeat: 3, seats: 10 }] },
          { code: 'dance', name: 'Танцпол', kind: 'general_admission', capacity: 100 },
        ],
      },
    ],
  });

export interface TestCatalog {
  cinema: { venueId: string; hall1: string; hall2: string; morning: string; standard: string; extended: string };
  stadium: { venueId: string; arena: string };
  films: { dune: string; horror: string; cartoon: string };
}

/** Imports the cinema and the stadium and adds three films; no events yet. */
export async function seedCatalog(db: Db, change = managerChange()): Promise<TestCatalog> {
  const cinema = await importVenue(db, change, cinemaFile());
  const stadium = await importVenue(db, change, stadiumFile());
  const types = new Map((await listSessionTypes(db, { venueId: cinema.venueId })).items.map((type) => [type.code, type.id]));
  const film = (title: string, durationMinutes: number, ageRating: 0 | 12 | 18, basePriceMinor: number) =>
    createFilm(db, change, { title, description: '', durationMinutes, ageRating, basePriceMinor });
  const dune = await film('Дюна: часть вторая', 166, 12, 40_000);
  const horror = await film('Ужасы', 100, 18, 35_000);
  const cartoon = await film('Мультфильм', 90, 0, 30_000);
  return {
    cinema: {
      venueId: cinema.venueId,
      hall1: cinema.halls[0]?.id ?? '',
      hall2: cinema.halls[1]?.id ?? '',
      morning: types.get('morning') ?? '',
      standard: types.get('standard') ?? '',
      extended: types.get('extended') ?? '',
    },
    stadium: { venueId: stadium.venueId, arena: stadium.halls[0]?.id ?? '' },
    films: { dune: dune.id, horror: horror.id, cartoon: cartoon.id },
  };
}

/** A film session in a cinema hall: ends at start + the film's duration. */
export const filmSession = (db: Db, hallId: string, filmId: string, startsAt: string, sessionTypeIds: string[], change = managerChange()) =>
  createEvent(db, change, { hallId, kind: 'film_session', filmId, startsAt, sessionTypeIds, zonePrices: [], description: '' });
