import { extendHold } from '../../inventory/index.ts';
import type { Db } from '../../../server/db/types.ts';
import { updateRequest } from '../request-repository.ts';
import { termsOfRequest } from './terms-of-request.ts';
import type { RequestRow } from '../tables.ts';

const DAY = 24 * 60 * 60 * 1000;
/** A confirmed order of services with no event keeps its units this long, waiting to be paid. */
const SERVICE_RESERVATION_DAYS = 30;

/**
 * A confirmed order is a reservation (бронь) waiting to be paid at a point of sale:
 * its hold lasts until its last event starts (after that nobody can use the seats), or
 * a month for services, and never less than `atLeast`.
 */
export async function keepReserved(tx: Db, request: RequestRow, now: Date, atLeast: Date): Promise<Date> {
  const terms = await termsOfRequest(tx, request.id);
  const until = terms.lastStartsAt ?? new Date(now.getTime() + SERVICE_RESERVATION_DAYS * DAY);
  const reservedUntil = until > atLeast ? until : atLeast;
  await extendHold(tx, request.holdId, reservedUntil);
  await updateRequest(tx, request.id, { heldUntil: reservedUntil, updatedAt: now });
  return reservedUntil;
}
