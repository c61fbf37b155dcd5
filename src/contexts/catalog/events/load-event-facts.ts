import type { Db } from '../../../server/db/types.ts';
import { findFilm } from '../films/film-repository.ts';
import { toSessionTypeFacts } from '../films/film-views.ts';
import { findSessionTypes } from '../films/session-type-repository.ts';
import type { FilmFacts, SessionTypeFacts } from '../schedule-rules.ts';
import { filmNotFound, firstMissing, hallNotFound, sessionTypeNotFound } from '../shared/not-found.ts';
import { findHall, zonesOfHalls, type HallRow } from '../venues/hall-repository.ts';
import { findVenue, type VenueRow } from '../venues/venue-repository.ts';

/** What the schedule rules need about a hall, a film and session types, loaded; unknown ids are 404s naming the body member. */
export interface EventFacts {
  hall: HallRow;
  venue: VenueRow;
  hallZoneIds: string[];
  film: FilmFacts | null;
  sessionTypes: SessionTypeFacts[];
}

export async function loadEventFacts(tx: Db, input: { hallId: string; filmId: string | null; sessionTypeIds: readonly string[] }): Promise<EventFacts> {
  // A share lock: a layout import (which locks the hall for update) waits for the new
  // event and then sees it, while events in one hall may still be added side by side.
  const hall = await findHall(tx, input.hallId, { lock: 'share' });
  if (!hall) throw hallNotFound('body.hallId');
  const venue = await findVenue(tx, hall.venueId);
  if (!venue) throw new Error(`hall ${hall.id} has no venue`);
  // Film and session types are share-locked too: a change to a duration or a limit
  // (update-film, update-session-type) rechecks the sessions it sees, so it waits for this one.
  const filmRow = input.filmId ? await findFilm(tx, input.filmId, { lock: 'share' }) : null;
  if (input.filmId && !filmRow) throw filmNotFound('body.filmId');
  const typeRows = await findSessionTypes(tx, [...new Set(input.sessionTypeIds)], { lock: 'share' });
  const missing = firstMissing(input.sessionTypeIds, typeRows.map((type) => type.id));
  if (missing >= 0) throw sessionTypeNotFound(`body.sessionTypeIds.${missing}`);
  const byId = new Map(typeRows.map((type) => [type.id, toSessionTypeFacts(type)]));
  return {
    hall,
    venue,
    hallZoneIds: ((await zonesOfHalls(tx, [hall.id])).get(hall.id) ?? []).map((zone) => zone.id),
    film: filmRow ? { id: filmRow.id, title: filmRow.title, durationMinutes: filmRow.durationMinutes, ageRating: filmRow.ageRating } : null,
    sessionTypes: input.sessionTypeIds.flatMap((id) => byId.get(id) ?? []),
  };
}
