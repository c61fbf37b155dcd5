import type { Db } from '../../../server/db/types.ts';
import type { EventDetail } from '../contracts/events.ts';
import { loadEventDetail } from './event-views.ts';

/** An event with its venue, hall (types, coefficients), zones and prices, session types and film; 404 event_not_found if unknown. */
export async function getEvent(db: Db, eventId: string): Promise<EventDetail> {
  return loadEventDetail(db, eventId);
}
