import { getEventForSale } from '../../catalog/index.ts';
import type { Db } from '../../../server/db/types.ts';

/** When each of the events starts, as the catalog has it now (an unknown id is left out). */
export async function eventStarts(db: Db, eventIds: readonly string[]): Promise<Map<string, Date>> {
  const starts = new Map<string, Date>();
  for (const eventId of new Set(eventIds)) {
    const event = await getEventForSale(db, eventId);
    if (event) starts.set(eventId, event.startsAt);
  }
  return starts;
}

/** The earliest of the given starts; null when there is none (a visit with no event). */
export function firstStart(eventIds: readonly (string | null)[], starts: ReadonlyMap<string, Date>): Date | null {
  const times = eventIds.flatMap((id) => {
    const at = id ? starts.get(id) : undefined;
    return at ? [at.getTime()] : [];
  });
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}
