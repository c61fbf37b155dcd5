import { describe, expect, it } from 'vitest';
import {
  filmSessionEndsAt,
  findOverlap,
  hallBusy,
  planEvent,
  sessionTypeViolations,
  type EventDraft,
  type FilmFacts,
  type SessionTypeFacts,
} from './schedule-rules.ts';

const dune: FilmFacts = { id: 'film-dune', title: 'Дюна: часть вторая', durationMinutes: 166, ageRating: 12 };
const cartoon: FilmFacts = { id: 'film-cartoon', title: 'Мультфильм', durationMinutes: 90, ageRating: 0 };
const horror: FilmFacts = { id: 'film-horror', title: 'Ужасы', durationMinutes: 100, ageRating: 18 };

const type = (code: string, limits: Partial<SessionTypeFacts> = {}): SessionTypeFacts => ({
  id: `st-${code}`, code, name: code, venueId: 'cinema', maxDurationMinutes: null, maxAgeRating: null, ...limits,
});
const morning = type('morning', { maxAgeRating: 12 });
const standard = type('standard', { maxDurationMinutes: 150 });
const extended = type('extended', { maxDurationMinutes: 240 });

const at = (time: string) => new Date(`2025-07-01T${time}:00Z`);

function filmDraft(overrides: Partial<EventDraft> = {}): EventDraft {
  return {
    kind: 'film_session', venueId: 'cinema', venueKind: 'cinema', startsAt: at('16:00'), endsAt: null,
    film: dune, sessionTypes: [extended], zonePrices: [], hallZoneIds: ['z-std'], salesOpenAt: null, salesCloseAt: null,
    ...overrides,
  };
}

function matchDraft(overrides: Partial<EventDraft> = {}): EventDraft {
  return {
    kind: 'match', venueId: 'stadium', venueKind: 'stadium', startsAt: at('16:00'), endsAt: at('18:00'),
    film: null, sessionTypes: [], zonePrices: [{ zoneId: 'z-a' }], hallZoneIds: ['z-a', 'z-b'], salesOpenAt: null, salesCloseAt: null,
    ...overrides,
  };
}

const codes = (draft: EventDraft) => planEvent(draft).errors.map((error) => error.code);

describe('a film session', () => {
  it('ends at its start plus the film duration', () => {
    expect(filmSessionEndsAt(at('16:00'), dune).toISOString()).toBe('2025-07-01T18:46:00.000Z');
    expect(planEvent(filmDraft()).endsAt?.toISOString()).toBe('2025-07-01T18:46:00.000Z');
    expect(codes(filmDraft())).toEqual([]);
  });

  it('refuses an end that differs from the computed one, and accepts the same end', () => {
    const [error] = planEvent(filmDraft({ endsAt: at('19:00') })).errors;
    expect(error).toMatchObject({ code: 'ends_at_is_computed', field: 'body.endsAt', status: 422 });
    expect(codes(filmDraft({ endsAt: new Date('2025-07-01T18:46:00Z') }))).toEqual([]);
  });

  it('refuses a film longer than the session type allows, naming the session type', () => {
    const errors = sessionTypeViolations(dune, [extended, standard]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'film_too_long_for_session_type', status: 422, field: 'body.sessionTypeIds.1' });
    expect(errors[0]?.extra).toMatchObject({ sessionTypeId: 'st-standard', maxDurationMinutes: 150, filmDurationMinutes: 166 });
  });

  it('takes a film exactly as long as the limit', () => {
    expect(sessionTypeViolations({ ...dune, durationMinutes: 150 }, [standard])).toEqual([]);
  });

  it('refuses a film rated above the session type limit (no 18+ in the morning)', () => {
    const [error] = sessionTypeViolations(horror, [morning]);
    expect(error).toMatchObject({ code: 'age_rating_too_high_for_session_type', field: 'body.sessionTypeIds.0' });
    expect(sessionTypeViolations(cartoon, [morning])).toEqual([]);
    expect(sessionTypeViolations({ ...horror, ageRating: 12 }, [morning])).toEqual([]);
  });

  it('reports both limits when a film breaks both', () => {
    const both = type('short-morning', { maxDurationMinutes: 90, maxAgeRating: 6 });
    expect(sessionTypeViolations(horror, [both]).map((e) => e.code)).toEqual(['film_too_long_for_session_type', 'age_rating_too_high_for_session_type']);
  });

  it('needs a film, a cinema and a session type, and takes no zone prices', () => {
    expect(codes(filmDraft({ film: null, endsAt: at('18:00') }))).toContain('film_required');
    expect(codes(filmDraft({ venueKind: 'stadium' }))).toEqual(['film_session_needs_cinema']);
    expect(codes(filmDraft({ sessionTypes: [] }))).toEqual(['session_type_required']);
    expect(codes(filmDraft({ zonePrices: [{ zoneId: 'z-std' }] }))).toEqual(['zone_prices_not_in_film_sessions']);
  });

  it('refuses a session type of another venue and one given twice', () => {
    expect(codes(filmDraft({ sessionTypes: [type('other', { venueId: 'elsewhere' })] }))).toEqual(['session_type_not_in_venue']);
    expect(codes(filmDraft({ sessionTypes: [type('shared', { venueId: null })] }))).toEqual([]);
    const [error] = planEvent(filmDraft({ sessionTypes: [extended, extended] })).errors;
    expect(error).toMatchObject({ code: 'session_type_duplicate', field: 'body.sessionTypeIds.1' });
  });
});

describe('an event other than a film session', () => {
  it('keeps the end it is given', () => {
    const plan = planEvent(matchDraft());
    expect(plan.errors).toEqual([]);
    expect(plan.endsAt?.toISOString()).toBe('2025-07-01T18:00:00.000Z');
  });

  it('needs an end after its start', () => {
    expect(codes(matchDraft({ endsAt: null }))).toEqual(['ends_at_required']);
    expect(codes(matchDraft({ endsAt: at('16:00') }))).toEqual(['ends_before_start']);
  });

  it('needs a price for at least one zone of its own hall, each zone once', () => {
    expect(codes(matchDraft({ zonePrices: [] }))).toEqual(['zone_prices_required']);
    const [foreign] = planEvent(matchDraft({ zonePrices: [{ zoneId: 'z-a' }, { zoneId: 'z-elsewhere' }] })).errors;
    expect(foreign).toMatchObject({ code: 'zone_not_in_hall', field: 'body.zonePrices.1.zoneId' });
    expect(codes(matchDraft({ zonePrices: [{ zoneId: 'z-a' }, { zoneId: 'z-a' }] }))).toEqual(['zone_price_duplicate']);
  });

  it('shows no film and has no session types', () => {
    expect(codes(matchDraft({ film: cartoon, endsAt: at('18:00') }))[0]).toBe('film_only_in_film_sessions');
    expect(codes(matchDraft({ sessionTypes: [{ ...morning, venueId: 'stadium' }] }))).toEqual(['session_types_only_in_film_sessions']);
  });

  it('refuses a hall without zones and a sales window that closes before it opens', () => {
    expect(codes(matchDraft({ hallZoneIds: [], zonePrices: [{ zoneId: 'z-a' }] }))).toContain('hall_has_no_zones');
    expect(codes(matchDraft({ salesOpenAt: at('10:00'), salesCloseAt: at('09:00') }))).toEqual(['sales_window_invalid']);
  });
});

describe('events in one hall', () => {
  const evening = { id: 'ev-1', title: 'Вечерний сеанс', startsAt: at('18:00'), endsAt: at('20:00') };

  it('may not overlap', () => {
    expect(findOverlap({ startsAt: at('19:00'), endsAt: at('21:00') }, [evening])).toBe(evening);
    expect(findOverlap({ startsAt: at('17:00'), endsAt: at('18:30') }, [evening])).toBe(evening);
    expect(findOverlap({ startsAt: at('18:30'), endsAt: at('19:00') }, [evening])).toBe(evening);
    expect(findOverlap({ startsAt: at('17:00'), endsAt: at('21:00') }, [evening])).toBe(evening);
  });

  it('may follow one another back to back', () => {
    expect(findOverlap({ startsAt: at('20:00'), endsAt: at('22:00') }, [evening])).toBeUndefined();
    expect(findOverlap({ startsAt: at('16:00'), endsAt: at('18:00') }, [evening])).toBeUndefined();
  });

  it('answers an overlap with 409 hall_busy naming the event that holds the hall', () => {
    const error = hallBusy(evening);
    expect(error).toMatchObject({ code: 'hall_busy', status: 409, field: 'body.startsAt' });
    expect(error.extra).toEqual({
      conflictingEvent: { id: 'ev-1', title: 'Вечерний сеанс', startsAt: '2025-07-01T18:00:00.000Z', endsAt: '2025-07-01T20:00:00.000Z' },
    });
  });
});
