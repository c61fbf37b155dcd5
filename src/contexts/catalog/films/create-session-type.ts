import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import type { CreateSessionTypeBody, SessionTypeView } from '../contracts/films.ts';
import { findVenue } from '../venues/venue-repository.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { mapConstraintErrors } from '../shared/database-errors.ts';
import { venueNotFound } from '../shared/not-found.ts';
import { findSessionTypeByCode, insertSessionType } from './session-type-repository.ts';
import { toSessionTypeView } from './film-views.ts';

const codeTaken = () => conflict('session_type_code_taken', 'A session type with this code exists already here.', { field: 'body.code' });

/** Adds a session type (morning, evening, extended, ...) for one venue, or shared when venueId is null. */
export async function createSessionType(db: Db, change: Change, body: CreateSessionTypeBody): Promise<SessionTypeView> {
  return mapConstraintErrors(
    () =>
      db.transaction(async (tx) => {
        if (body.venueId && !(await findVenue(tx, body.venueId))) throw venueNotFound('body.venueId');
        if (await findSessionTypeByCode(tx, body.venueId, body.code)) throw codeTaken();
        const row = await insertSessionType(tx, body);
        await auditChange(tx, change, 'session_type.created', 'session_type', row.id, { after: row });
        return toSessionTypeView(row);
      }),
    { session_types_venue_id_code_key: codeTaken },
  );
}
