import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import type { EventDetail } from '../contracts/events.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { eventNotFound } from '../shared/not-found.ts';
import { findEvent, updateEventRow } from './event-repository.ts';
import { loadEventDetail } from './event-views.ts';

/**
 * Cancels a scheduled event that has not ended, with the reason on record. Its hall
 * slot is free at once (the overlap constraint counts scheduled events only). What
 * happens to tickets already sold (refunds, messages) is the booking context's part.
 */
export async function cancelEvent(db: Db, change: Change, eventId: string, reason: string): Promise<EventDetail> {
  return db.transaction(async (tx) => {
    const before = await findEvent(tx, eventId, { forUpdate: true });
    if (!before) throw eventNotFound();
    if (before.status === 'cancelled') throw conflict('event_already_cancelled', 'This event is cancelled already.');
    if (before.endsAt <= change.now) throw conflict('event_over', 'This event is over; it can no longer be cancelled.');
    const after = await updateEventRow(tx, eventId, { status: 'cancelled' });
    await auditChange(tx, { ...change, reason }, 'event.cancelled', 'event', eventId, { before, after });
    return loadEventDetail(tx, eventId);
  });
}
