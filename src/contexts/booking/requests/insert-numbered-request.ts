import type { Db } from '../../../server/db/types.ts';
import { generateBookingNumber } from '../booking-number.ts';
import { insertRequest, type NewRequest } from '../request-repository.ts';
import type { RequestRow } from '../tables.ts';

const ATTEMPTS = 8;

/**
 * Inserts the request under a fresh booking number. Numbers are random and the unique
 * index is the judge: a collision (rare: 31^6 numbers) just draws another.
 */
export async function insertNumberedRequest(tx: Db, row: Omit<NewRequest, 'bookingNumber'>): Promise<RequestRow> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const inserted = await insertRequest(tx, { ...row, bookingNumber: generateBookingNumber() });
    if (inserted) return inserted;
  }
  throw new Error(`no free booking number after ${ATTEMPTS} attempts`);
}
