import type { Db } from '../../../server/db/types.ts';
import { generateBookingNumber } from '../booking-number.ts';
import { insertRequestWithLines, type NewRequest, type NewRequestLine } from '../request-repository.ts';
import type { RequestLineRow, RequestRow } from '../tables.ts';

const ATTEMPTS = 8;

/**
 * Inserts the request and its lines under a fresh booking number. Numbers are random and
 * the unique index is the judge: a collision (rare: 31^6 numbers) just draws another.
 */
export async function insertNumberedRequest(
  tx: Db,
  row: Omit<NewRequest, 'bookingNumber' | 'id' | 'assignedTo' | 'reason'>,
  lines: readonly NewRequestLine[],
): Promise<{ request: RequestRow; lines: RequestLineRow[] }> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const inserted = await insertRequestWithLines(tx, { ...row, bookingNumber: generateBookingNumber() }, lines);
    if (inserted) return inserted;
  }
  throw new Error(`no free booking number after ${ATTEMPTS} attempts`);
}
