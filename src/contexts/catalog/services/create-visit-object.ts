import type { Db } from '../../../server/db/types.ts';
import type { CreateVisitObjectBody, VisitObjectView } from '../contracts/services.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { venueNotFound } from '../shared/not-found.ts';
import { findVenue } from '../venues/venue-repository.ts';
import { insertVisitObject } from './option-repository.ts';

/** Adds a visit object (an exhibition, a building) to a venue; services then offer it. */
export async function createVisitObject(db: Db, change: Change, body: CreateVisitObjectBody): Promise<VisitObjectView> {
  return db.transaction(async (tx) => {
    if (!(await findVenue(tx, body.venueId))) throw venueNotFound('body.venueId');
    const row = await insertVisitObject(tx, { ...body, nameEn: body.nameEn ?? null });
    await auditChange(tx, change, 'visit_object.created', 'visit_object', row.id, { after: row });
    return row;
  });
}
