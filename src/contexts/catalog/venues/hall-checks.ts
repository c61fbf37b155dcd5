import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import { firstMissing, hallTypeNotFound } from '../shared/not-found.ts';
import { findHallByName } from './hall-repository.ts';
import { findHallTypes } from './venue-repository.ts';

export const hallNameTaken = () => conflict('hall_name_taken', 'This venue has a hall with this name already.', { field: 'body.name' });

/** Refuses a hall name used by another hall of the venue. */
export async function assertHallNameFree(db: Db, venueId: string, name: string, hallId?: string): Promise<void> {
  const other = await findHallByName(db, venueId, name);
  if (other && other.id !== hallId) throw hallNameTaken();
}

/** Refuses unknown hall types, naming the first; duplicates are dropped. */
export async function checkHallTypeIds(db: Db, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const missing = firstMissing(ids, (await findHallTypes(db, unique)).map((type) => type.id));
  if (missing >= 0) throw hallTypeNotFound(`body.hallTypeIds.${missing}`);
  return unique;
}
