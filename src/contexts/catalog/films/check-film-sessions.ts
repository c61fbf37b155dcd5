import type { Db } from '../../../server/db/types.ts';
import { overlappingEvent, upcomingFilmSessions, updateEventRow } from '../events/event-repository.ts';
import { filmSessionEndsAt, hallBusy, sessionTypeViolations, type FilmFacts } from '../schedule-rules.ts';
import { findFilmRows } from './film-repository.ts';
import { toSessionTypeFacts } from './film-views.ts';
import { sessionTypesOfEvents } from './session-type-repository.ts';
import { unprocessable } from '../../../shared/errors.ts';

/**
 * After a film's duration or rating, or a session type's limits, change: every
 * upcoming session they concern must still obey the rules. Each session's end is
 * recomputed, and a longer film that would now run into the hall's next event is
 * refused with hall_busy (the exclusion constraint backs this up). A session that no
 * longer fits is refused with the rule's code and the session's id.
 */
export async function recheckFilmSessions(tx: Db, of: { filmId: string } | { sessionTypeId: string }, now: Date, field: string): Promise<number> {
  const sessions = await upcomingFilmSessions(tx, of, now);
  const filmsById = new Map((await findFilmRows(tx, [...new Set(sessions.flatMap((s) => (s.filmId ? [s.filmId] : [])))])).map((f) => [f.id, f]));
  const typesByEvent = await sessionTypesOfEvents(tx, sessions.map((s) => s.id));
  for (const session of sessions) {
    const film = session.filmId ? filmsById.get(session.filmId) : undefined;
    if (!film) continue;
    const facts: FilmFacts = { id: film.id, title: film.title, durationMinutes: film.durationMinutes, ageRating: film.ageRating };
    const [broken] = sessionTypeViolations(facts, (typesByEvent.get(session.id) ?? []).map(toSessionTypeFacts));
    if (broken) {
      throw unprocessable(broken.code, `${broken.message} The session of ${session.startsAt.toISOString()} would break this rule.`, {
        field,
        extra: { ...broken.extra, eventId: session.id },
      });
    }
    const endsAt = filmSessionEndsAt(session.startsAt, facts);
    if (endsAt.getTime() === session.endsAt.getTime()) continue;
    const conflicting = await overlappingEvent(tx, { hallId: session.hallId, startsAt: session.startsAt, endsAt, exceptEventId: session.id });
    if (conflicting) throw hallBusy(conflicting, field);
    await updateEventRow(tx, session.id, { endsAt });
  }
  return sessions.length;
}
