import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import type { CreateHallTypeBody, HallTypeView } from '../contracts/venues.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { mapConstraintErrors } from '../shared/database-errors.ts';
import { toHallTypeView } from './venue-views.ts';
import { findHallTypesByCode, insertHallType } from './venue-repository.ts';

const codeTaken = () => conflict('hall_type_code_taken', 'A hall type with this code exists already.', { field: 'body.code' });

/** Adds a hall type (VIP, IMAX, ...) with its price coefficient; codes are unique. */
export async function createHallType(db: Db, change: Change, body: CreateHallTypeBody): Promise<HallTypeView> {
  return mapConstraintErrors(
    () =>
      db.transaction(async (tx) => {
        if ((await findHallTypesByCode(tx, [body.code])).length > 0) throw codeTaken();
        const row = await insertHallType(tx, body);
        await auditChange(tx, change, 'hall_type.created', 'hall_type', row.id, { after: row });
        return toHallTypeView(row);
      }),
    { hall_types_code_key: codeTaken },
  );
}
