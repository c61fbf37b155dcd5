import type { Db } from '../../../server/db/types.ts';
import { clearHallLayout, insertSeats, insertZone, updateZoneRow, zonesOfHalls } from '../venues/hall-repository.ts';
import type { PlannedSeat } from './expand-layout.ts';
import type { ZoneLayout } from './venue-file.ts';

/**
 * Makes the hall's zones and seats exactly those of the layout: zones are matched by
 * code (so their ids, and anything priced by them, survive a re-import), zones not in
 * the layout are removed, and every seat is written anew in the layout's seat order.
 * The caller checks first that no event uses the hall.
 */
export async function applyHallLayout(
  tx: Db,
  hallId: string,
  layout: readonly ZoneLayout[],
  plannedSeats: readonly PlannedSeat[],
): Promise<{ zones: number; seats: number }> {
  const existing = new Map((await zonesOfHalls(tx, [hallId])).get(hallId)?.map((zone) => [zone.code, zone.id]));
  const keep = layout.flatMap((zone) => {
    const id = existing.get(zone.code);
    return id ? [id] : [];
  });
  await clearHallLayout(tx, hallId, keep);
  const zoneIds: string[] = [];
  for (const [index, zone] of layout.entries()) {
    const values = {
      name: zone.name,
      kind: zone.kind,
      capacity: zone.kind === 'general_admission' ? (zone.capacity ?? null) : null,
      coefficient: zone.coefficient,
      color: zone.color ?? null,
      sortOrder: zone.sortOrder ?? index,
    };
    const id = existing.get(zone.code);
    const row = id ? await updateZoneRow(tx, id, values) : await insertZone(tx, { hallId, code: zone.code, ...values });
    if (!row) throw new Error(`zone ${zone.code} vanished during the import`);
    zoneIds.push(row.id);
  }
  await insertSeats(
    tx,
    plannedSeats.map((seat) => ({
      hallId,
      zoneId: zoneIds[seat.zoneIndex] ?? '',
      rowLabel: seat.rowLabel,
      seatLabel: seat.seatLabel,
      ordinal: seat.ordinal,
      x: seat.x,
      y: seat.y,
    })),
  );
  return { zones: layout.length, seats: plannedSeats.length };
}
