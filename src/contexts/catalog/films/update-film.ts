import type { Db } from '../../../server/db/types.ts';
import type { FilmView, UpdateFilmBody } from '../contracts/films.ts';
import { hallBusy } from '../schedule-rules.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { mapConstraintErrors } from '../shared/database-errors.ts';
import { filmNotFound } from '../shared/not-found.ts';
import { recheckFilmSessions } from './check-film-sessions.ts';
import { findFilm, updateFilmRow } from './film-repository.ts';
import { toFilmView } from './film-views.ts';

/**
 * Changes a film. A new base price applies to unsold tickets only (sold ones keep the
 * price they were sold at). A new duration or rating moves or refuses the upcoming
 * sessions it concerns (check-film-sessions.ts); past sessions keep their times.
 */
export async function updateFilm(db: Db, change: Change, filmId: string, body: UpdateFilmBody): Promise<FilmView> {
  return mapConstraintErrors(
    () =>
      db.transaction(async (tx) => {
        const before = await findFilm(tx, filmId, { lock: 'update' });
        if (!before) throw filmNotFound();
        const after = await updateFilmRow(tx, filmId, body);
        if (!after) throw filmNotFound();
        const durationChanged = after.durationMinutes !== before.durationMinutes;
        if (durationChanged || after.ageRating !== before.ageRating) {
          await recheckFilmSessions(tx, { filmId }, change.now, durationChanged ? 'body.durationMinutes' : 'body.ageRating');
        }
        await auditChange(tx, change, 'film.updated', 'film', filmId, { before, after });
        return toFilmView(after);
      }),
    { events_no_overlap_in_hall: () => hallBusy(undefined, 'body.durationMinutes') },
  );
}
