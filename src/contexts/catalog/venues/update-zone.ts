import type { Db } from '../../../server/db/types.ts';
import { conflict, unprocessable } from '../../../shared/errors.ts';
import { createEventInventory } from '../../inventory/index.ts';
import type { UpdateZoneBody, ZoneView } from '../contracts/venues.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { zoneNotFound } from '../shared/not-found.ts';
import { findZone, hallHasEvents, upcomingEventIdsOfHall, updateZoneRow, zonesOfHalls } from './hall-repository.ts';
import { toZoneView } from './venue-views.ts';

/**
 * Changes a zone's name, coefficient, colour, order or capacity. A general-admission
 * zone may grow while events use its hall (the new places go on sale), never shrink:
 * places already sold or held would fall outside it.
 */
export async function updateZone(db: Db, change: Change, zoneId: string, body: UpdateZoneBody): Promise<ZoneView> {
  return db.transaction(async (tx) => {
    const before = await findZone(tx, zoneId);
    if (!before) throw zoneNotFound();
    if (body.capacity !== undefined && before.kind !== 'general_admission') {
      throw unprocessable('capacity_only_for_general_admission', 'A seated zone has seats, not a capacity.', { field: 'body.capacity' });
    }
    const shrinks = body.capacity !== undefined && before.capacity !== null && body.capacity < before.capacity;
    if (shrinks && (await hallHasEvents(tx, before.hallId))) {
      throw conflict('capacity_cannot_shrink', `Events use this hall: the capacity may grow from ${before.capacity}, not shrink.`, { field: 'body.capacity' });
    }
    const after = await updateZoneRow(tx, zoneId, body);
    if (!after) throw zoneNotFound();
    if (body.capacity !== undefined && body.capacity !== before.capacity) {
      for (const eventId of await upcomingEventIdsOfHall(tx, before.hallId, change.now)) await createEventInventory(tx, eventId);
    }
    await auditChange(tx, change, 'zone.updated', 'zone', zoneId, { before, after });
    const zone = ((await zonesOfHalls(tx, [before.hallId])).get(before.hallId) ?? []).find((z) => z.id === zoneId);
    return toZoneView(zone ?? { ...after, seatCount: 0 });
  });
}
