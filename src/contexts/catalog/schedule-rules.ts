import { type AppError, badRequest, conflict, unprocessable } from '../../shared/errors.ts';
import type { AgeRating, EventKind, VenueKind } from './tables.ts';

// The scheduling rules of seed 003 and what an event needs to be sold, as pure
// functions: no database, no clock. A use case loads the facts, asks these rules,
// and refuses with the first error (fields name the request body member at fault).

export interface FilmFacts {
  id: string;
  title: string;
  durationMinutes: number;
  ageRating: AgeRating;
}

export interface SessionTypeFacts {
  id: string;
  code: string;
  name: string;
  /** Null: a session type shared by every venue. */
  venueId: string | null;
  maxDurationMinutes: number | null;
  maxAgeRating: AgeRating | null;
}

export interface ScheduledSlot {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
}

export interface EventDraft {
  kind: EventKind;
  venueId: string;
  venueKind: VenueKind;
  startsAt: Date;
  /** As given; a film session's end is computed and a different one is refused. */
  endsAt: Date | null;
  film: FilmFacts | null;
  sessionTypes: readonly SessionTypeFacts[];
  zonePrices: readonly { zoneId: string }[];
  hallZoneIds: readonly string[];
  salesOpenAt: Date | null;
  salesCloseAt: Date | null;
}

const MINUTE = 60_000;

/** A session ends at start + film duration (seed 003). */
export function filmSessionEndsAt(startsAt: Date, film: Pick<FilmFacts, 'durationMinutes'>): Date {
  return new Date(startsAt.getTime() + film.durationMinutes * MINUTE);
}

/** Why `film` may not be shown in each of `sessionTypes`: too long, or rated above the type's limit. */
export function sessionTypeViolations(film: FilmFacts, sessionTypes: readonly SessionTypeFacts[]): AppError[] {
  return sessionTypes.flatMap((type, index) => {
    const field = `body.sessionTypeIds.${index}`;
    const errors: AppError[] = [];
    if (type.maxDurationMinutes !== null && film.durationMinutes > type.maxDurationMinutes) {
      errors.push(
        unprocessable(
          'film_too_long_for_session_type',
          `"${film.title}" runs ${film.durationMinutes} min; a "${type.name}" session takes films up to ${type.maxDurationMinutes} min. Choose a longer session type.`,
          { field, extra: { sessionTypeId: type.id, maxDurationMinutes: type.maxDurationMinutes, filmDurationMinutes: film.durationMinutes } },
        ),
      );
    }
    if (type.maxAgeRating !== null && film.ageRating > type.maxAgeRating) {
      errors.push(
        unprocessable(
          'age_rating_too_high_for_session_type',
          `"${film.title}" is rated ${film.ageRating}+; a "${type.name}" session takes films rated up to ${type.maxAgeRating}+.`,
          { field, extra: { sessionTypeId: type.id, maxAgeRating: type.maxAgeRating, filmAgeRating: film.ageRating } },
        ),
      );
    }
    return errors;
  });
}

/** The first scheduled event whose [start, end) meets [startsAt, endsAt), if any. */
export function findOverlap(slot: { startsAt: Date; endsAt: Date }, others: readonly ScheduledSlot[]): ScheduledSlot | undefined {
  return others.find((other) => other.startsAt < slot.endsAt && slot.startsAt < other.endsAt);
}

/** The one answer to an overlap, whether the code found it or the exclusion constraint did. */
export function hallBusy(conflicting: ScheduledSlot | undefined, field = 'body.startsAt'): AppError {
  const what = conflicting
    ? `"${conflicting.title}" (${conflicting.startsAt.toISOString()} - ${conflicting.endsAt.toISOString()})`
    : 'another event';
  return conflict('hall_busy', `The hall is busy at this time: ${what} takes it.`, {
    field,
    extra: conflicting
      ? {
          conflictingEvent: {
            id: conflicting.id,
            title: conflicting.title,
            startsAt: conflicting.startsAt.toISOString(),
            endsAt: conflicting.endsAt.toISOString(),
          },
        }
      : {},
  });
}

function duplicateIndex(ids: readonly string[]): number {
  return ids.findIndex((value, index) => ids.indexOf(value) !== index);
}

function kindErrors(draft: EventDraft): AppError[] {
  const errors: AppError[] = [];
  const isFilmSession = draft.kind === 'film_session';
  if (isFilmSession && !draft.film) errors.push(unprocessable('film_required', 'A film session needs a film.', { field: 'body.filmId' }));
  if (!isFilmSession && draft.film) {
    errors.push(unprocessable('film_only_in_film_sessions', 'Only a film session shows a film; use kind "film_session".', { field: 'body.filmId' }));
  }
  if (isFilmSession && draft.venueKind !== 'cinema') {
    errors.push(unprocessable('film_session_needs_cinema', 'Film sessions take place in the halls of a cinema.', { field: 'body.hallId' }));
  }
  if (isFilmSession && draft.sessionTypes.length === 0) {
    errors.push(unprocessable('session_type_required', 'A film session needs at least one session type.', { field: 'body.sessionTypeIds' }));
  }
  if (!isFilmSession && draft.sessionTypes.length > 0) {
    errors.push(unprocessable('session_types_only_in_film_sessions', 'Session types apply to film sessions only.', { field: 'body.sessionTypeIds' }));
  }
  return errors;
}

/**
 * Cinema tickets are priced from the film and the coefficients, other events from
 * their zone prices: at least one zone of the event's own hall, each zone once.
 * A zone without a price is not on sale in that event.
 */
export function zonePriceErrors(draft: Pick<EventDraft, 'kind' | 'zonePrices' | 'hallZoneIds'>): AppError[] {
  const errors: AppError[] = [];
  if (draft.kind === 'film_session' && draft.zonePrices.length > 0) {
    errors.push(unprocessable('zone_prices_not_in_film_sessions', 'A film session is priced from its film and coefficients, not zone prices.', { field: 'body.zonePrices' }));
  }
  if (draft.kind !== 'film_session' && draft.zonePrices.length === 0) {
    errors.push(unprocessable('zone_prices_required', 'Give the price of at least one zone; zones without a price are not on sale.', { field: 'body.zonePrices' }));
  }
  const zoneIds = draft.zonePrices.map((price) => price.zoneId);
  zoneIds.forEach((zoneId, index) => {
    if (!draft.hallZoneIds.includes(zoneId)) {
      errors.push(unprocessable('zone_not_in_hall', 'This zone is not in the event\'s hall.', { field: `body.zonePrices.${index}.zoneId` }));
    }
  });
  const repeatedZone = duplicateIndex(zoneIds);
  if (repeatedZone >= 0) errors.push(badRequest('zone_price_duplicate', 'A zone is priced twice.', { field: `body.zonePrices.${repeatedZone}.zoneId` }));
  return errors;
}

function referenceErrors(draft: EventDraft): AppError[] {
  const errors: AppError[] = [];
  if (draft.hallZoneIds.length === 0) errors.push(unprocessable('hall_has_no_zones', 'The hall has no zones yet: nothing could be sold.', { field: 'body.hallId' }));
  draft.sessionTypes.forEach((type, index) => {
    if (type.venueId !== null && type.venueId !== draft.venueId) {
      errors.push(unprocessable('session_type_not_in_venue', `Session type "${type.name}" belongs to another venue.`, { field: `body.sessionTypeIds.${index}` }));
    }
  });
  const repeatedType = duplicateIndex(draft.sessionTypes.map((type) => type.id));
  if (repeatedType >= 0) errors.push(badRequest('session_type_duplicate', 'A session type is given twice.', { field: `body.sessionTypeIds.${repeatedType}` }));
  return errors;
}

function timeErrors(draft: EventDraft, endsAt: Date | null): AppError[] {
  const errors: AppError[] = [];
  if (draft.film && draft.endsAt && endsAt && draft.endsAt.getTime() !== endsAt.getTime()) {
    errors.push(
      unprocessable('ends_at_is_computed', `A film session ends at start + film duration (${endsAt.toISOString()}); leave endsAt out.`, {
        field: 'body.endsAt',
        extra: { computedEndsAt: endsAt.toISOString() },
      }),
    );
  }
  if (!draft.film && !draft.endsAt) errors.push(badRequest('ends_at_required', 'Say when the event ends.', { field: 'body.endsAt' }));
  if (!draft.film && draft.endsAt && draft.endsAt <= draft.startsAt) {
    errors.push(badRequest('ends_before_start', 'An event ends after it starts.', { field: 'body.endsAt' }));
  }
  if (draft.salesOpenAt && draft.salesCloseAt && draft.salesCloseAt <= draft.salesOpenAt) {
    errors.push(badRequest('sales_window_invalid', 'Sales close after they open.', { field: 'body.salesCloseAt' }));
  }
  return errors;
}

/**
 * Checks an event as it would be stored (new, or after a change) and says when it
 * ends. `errors` lists every rule it breaks, in the order a person would fix them.
 */
export function planEvent(draft: EventDraft): { endsAt: Date | null; errors: AppError[] } {
  const endsAt = draft.film ? filmSessionEndsAt(draft.startsAt, draft.film) : draft.endsAt;
  const errors = [
    ...kindErrors(draft),
    ...zonePriceErrors(draft),
    ...referenceErrors(draft),
    ...timeErrors(draft, endsAt),
    ...(draft.film && draft.kind === 'film_session' ? sessionTypeViolations(draft.film, draft.sessionTypes) : []),
  ];
  return { endsAt, errors };
}

/** Throws the first error, if any: the caller answers one problem at a time. */
export function refuseFirst(errors: readonly AppError[]): void {
  const [first] = errors;
  if (first) throw first;
}
