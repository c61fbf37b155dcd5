import type { Db } from '../../../server/db/types.ts';
import { compareDecimals, parseDecimal } from '../../../shared/decimal.ts';
import { badRequest, conflict, notFound, unprocessable } from '../../../shared/errors.ts';
import { insertSessionType } from '../films/session-type-repository.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { insertHall } from '../venues/hall-repository.ts';
import { findHallTypesByCode, findVenueByName, insertHallType, insertVenue, replaceHallTypes } from '../venues/venue-repository.ts';
import { applyHallLayout } from './apply-hall-layout.ts';
import { expandLayout } from './expand-layout.ts';
import { formatJsonPath } from './parse-venue-file.ts';
import type { VenueFile } from './venue-file.ts';

export interface ImportedVenue {
  venueId: string;
  halls: { id: string; name: string; zones: number; seats: number }[];
  hallTypesCreated: number;
  sessionTypes: number;
}

/** Hall types by code: those of the file (created, or matched with an identical existing one) and those already known. */
async function resolveHallTypes(tx: Db, file: VenueFile): Promise<{ byCode: Map<string, string>; created: number }> {
  const wanted = [...new Set([...file.hallTypes.map((t) => t.code), ...file.halls.flatMap((h) => h.hallTypes)])];
  const byCode = new Map((await findHallTypesByCode(tx, wanted)).map((row) => [row.code, row]));
  const ids = new Map([...byCode].map(([code, row]) => [code, row.id]));
  let created = 0;
  for (const [index, spec] of file.hallTypes.entries()) {
    const existing = byCode.get(spec.code);
    if (!existing) {
      ids.set(spec.code, (await insertHallType(tx, spec)).id);
      created += 1;
    } else if (existing.name !== spec.name || compareDecimals(parseDecimal(existing.coefficient), parseDecimal(spec.coefficient)) !== 0) {
      // Hall types are shared by every venue: an import must not change another venue's prices.
      throw conflict('hall_type_differs', `Hall type "${spec.code}" exists with name "${existing.name}" and coefficient ${existing.coefficient}; use it as it is or pick another code.`, {
        field: formatJsonPath(['hallTypes', index]),
      });
    }
  }
  return { byCode: ids, created };
}

/**
 * Loads a venue with its hall types, session types, halls, zones, rows and seats in
 * one transaction: all of it, or nothing. Refuses a venue whose name is taken, so a
 * file imported twice does not make two venues. Fields name the file's JSON path.
 */
export async function importVenue(db: Db, change: Change, file: VenueFile): Promise<ImportedVenue> {
  const layouts = file.halls.map((hall, index) => {
    const { seats, issues } = expandLayout(hall.zones);
    const [issue] = issues;
    if (issue) throw badRequest('layout_invalid', issue.message, { field: formatJsonPath(['halls', index, ...issue.path]) });
    return seats;
  });
  if (file.venue.kind !== 'cinema' && file.sessionTypes.length > 0) {
    throw unprocessable('session_types_only_for_cinemas', 'Session types belong to cinemas.', { field: 'sessionTypes' });
  }
  return db.transaction(async (tx) => {
    const taken = await findVenueByName(tx, file.venue.name);
    if (taken) throw conflict('venue_exists', `A venue named "${file.venue.name}" exists already (${taken.id}).`, { field: 'venue.name' });
    const venue = await insertVenue(tx, { ...file.venue, nameEn: file.venue.nameEn ?? null });
    const hallTypes = await resolveHallTypes(tx, file);
    for (const spec of file.sessionTypes) await insertSessionType(tx, { ...spec, venueId: venue.id });
    const halls: ImportedVenue['halls'] = [];
    for (const [hallIndex, spec] of file.halls.entries()) {
      const typeIds = spec.hallTypes.map((code, typeIndex) => {
        const id = hallTypes.byCode.get(code);
        if (!id) throw notFound('hall_type_not_found', `There is no hall type "${code}": declare it in hallTypes.`, { field: formatJsonPath(['halls', hallIndex, 'hallTypes', typeIndex]) });
        return id;
      });
      const hall = await insertHall(tx, { venueId: venue.id, name: spec.name, description: spec.description });
      await replaceHallTypes(tx, hall.id, [...new Set(typeIds)]);
      const counts = await applyHallLayout(tx, hall.id, spec.zones, layouts[hallIndex] ?? []);
      halls.push({ id: hall.id, name: hall.name, ...counts });
    }
    const summary: ImportedVenue = { venueId: venue.id, halls, hallTypesCreated: hallTypes.created, sessionTypes: file.sessionTypes.length };
    await auditChange(tx, change, 'venue.imported', 'venue', venue.id, { after: { name: venue.name, ...summary } });
    return summary;
  });
}
