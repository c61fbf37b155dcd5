import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import { createEventInventory } from '../../inventory/index.ts';
import type { CreateZoneBody, ZoneView } from '../contracts/venues.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { mapConstraintErrors } from '../shared/database-errors.ts';
import { hallNotFound } from '../shared/not-found.ts';
import { findHall, insertZone, upcomingEventIdsOfHall, zonesOfHalls } from './hall-repository.ts';
import { toZoneView } from './venue-views.ts';

const codeTaken = () => conflict('zone_code_taken', 'This hall has a zone with this code already.', { field: 'body.code' });

/**
 * Adds a zone to a hall. A general-admission zone goes on sale at once in the hall's
 * upcoming events; seats of a seated zone come with the hall's layout import.
 */
export async function createZone(db: Db, change: Change, hallId: string, body: CreateZoneBody): Promise<ZoneView> {
  return mapConstraintErrors(
    () =>
      db.transaction(async (tx) => {
        if (!(await findHall(tx, hallId, { lock: 'update' }))) throw hallNotFound();
        const existing = (await zonesOfHalls(tx, [hallId])).get(hallId) ?? [];
        if (existing.some((zone) => zone.code === body.code)) throw codeTaken();
        const zone = await insertZone(tx, {
          hallId,
          code: body.code,
          name: body.name,
          kind: body.kind,
          capacity: body.capacity ?? null,
          coefficient: body.coefficient,
          color: body.color ?? null,
          sortOrder: body.sortOrder,
        });
        for (const eventId of await upcomingEventIdsOfHall(tx, hallId, change.now)) await createEventInventory(tx, eventId);
        await auditChange(tx, change, 'zone.created', 'zone', zone.id, { after: zone });
        return toZoneView({ ...zone, seatCount: 0 });
      }),
    { zones_hall_id_code_key: codeTaken },
  );
}
