import type { Db } from '../../../server/db/types.ts';
import type { SessionTypeView, UpdateSessionTypeBody } from '../contracts/films.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { sessionTypeNotFound } from '../shared/not-found.ts';
import { recheckFilmSessions } from './check-film-sessions.ts';
import { findSessionTypes, updateSessionTypeRow } from './session-type-repository.ts';
import { toSessionTypeView } from './film-views.ts';

/** Changes a session type; tighter limits are refused while an upcoming session would break them. */
export async function updateSessionType(db: Db, change: Change, sessionTypeId: string, body: UpdateSessionTypeBody): Promise<SessionTypeView> {
  return db.transaction(async (tx) => {
    const [before] = await findSessionTypes(tx, [sessionTypeId], { lock: 'update' });
    if (!before) throw sessionTypeNotFound();
    const after = await updateSessionTypeRow(tx, sessionTypeId, body);
    if (!after) throw sessionTypeNotFound();
    if (after.maxDurationMinutes !== before.maxDurationMinutes || after.maxAgeRating !== before.maxAgeRating) {
      const field = after.maxDurationMinutes !== before.maxDurationMinutes ? 'body.maxDurationMinutes' : 'body.maxAgeRating';
      await recheckFilmSessions(tx, { sessionTypeId }, change.now, field);
    }
    await auditChange(tx, change, 'session_type.updated', 'session_type', sessionTypeId, { before, after });
    return toSessionTypeView(after);
  });
}
