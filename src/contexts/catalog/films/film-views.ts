import type { FilmView, SessionTypeView } from '../contracts/films.ts';
import type { SessionTypeFacts } from '../schedule-rules.ts';
import type { films } from '../tables.ts';
import type { SessionTypeRow } from './session-type-repository.ts';

export type FilmRow = typeof films.$inferSelect;

export function toFilmView(row: FilmRow): FilmView {
  return {
    id: row.id,
    title: row.title,
    titleEn: row.titleEn,
    description: row.description,
    posterUrl: row.posterUrl,
    basePriceMinor: row.basePriceMinor,
    durationMinutes: row.durationMinutes,
    ageRating: row.ageRating,
  };
}

export function toSessionTypeView(row: SessionTypeRow): SessionTypeView {
  return {
    id: row.id,
    venueId: row.venueId,
    code: row.code,
    name: row.name,
    coefficient: row.coefficient,
    maxDurationMinutes: row.maxDurationMinutes,
    maxAgeRating: row.maxAgeRating,
  };
}

export function toSessionTypeFacts(row: SessionTypeRow): SessionTypeFacts {
  return { id: row.id, code: row.code, name: row.name, venueId: row.venueId, maxDurationMinutes: row.maxDurationMinutes, maxAgeRating: row.maxAgeRating };
}
