import type { Db } from '../../../server/db/types.ts';
import { listSessionTypeRows } from '../films/session-type-repository.ts';
import { venueNotFound } from '../shared/not-found.ts';
import { hallsOfVenue, seatsOfHalls, zonesOfHalls } from '../venues/hall-repository.ts';
import { findVenue, hallTypesOfHalls } from '../venues/venue-repository.ts';
import { compactRows } from './compact-rows.ts';

/**
 * A venue as an import file (docs/catalog-import.md): importing it elsewhere (under
 * another name) gives the same halls, zones and seats. Events and services stay out.
 */
export async function exportVenue(db: Db, venueId: string): Promise<Record<string, unknown>> {
  const venue = await findVenue(db, venueId);
  if (!venue) throw venueNotFound('VENUE_ID');
  const halls = await hallsOfVenue(db, venueId);
  const hallIds = halls.map((hall) => hall.id);
  const types = await hallTypesOfHalls(db, hallIds);
  const zones = await zonesOfHalls(db, hallIds);
  const seatsByZone = new Map<string, Awaited<ReturnType<typeof seatsOfHalls>>>();
  for (const seat of await seatsOfHalls(db, hallIds)) {
    const zoneSeats = seatsByZone.get(seat.zoneId);
    if (zoneSeats) zoneSeats.push(seat);
    else seatsByZone.set(seat.zoneId, [seat]);
  }
  const hallTypes = new Map([...types.values()].flat().map((type) => [type.code, { code: type.code, name: type.name, coefficient: type.coefficient }]));
  const sessionTypes = (await listSessionTypeRows(db, venueId)).filter((type) => type.venueId === venueId);
  return {
    venue: {
      kind: venue.kind,
      name: venue.name,
      ...(venue.nameEn ? { nameEn: venue.nameEn } : {}),
      description: venue.description,
      address: venue.address,
      timeZone: venue.timeZone,
      currency: venue.currency,
      holdMinutes: venue.holdMinutes,
      confirmHours: venue.confirmHours,
    },
    hallTypes: [...hallTypes.values()],
    sessionTypes: sessionTypes.map(({ code, name, coefficient, maxDurationMinutes, maxAgeRating }) => ({ code, name, coefficient, maxDurationMinutes, maxAgeRating })),
    halls: halls.map((hall) => ({
      name: hall.name,
      description: hall.description,
      hallTypes: (types.get(hall.id) ?? []).map((type) => type.code),
      zones: (zones.get(hall.id) ?? []).map((zone) => ({
        code: zone.code,
        name: zone.name,
        kind: zone.kind,
        coefficient: zone.coefficient,
        ...(zone.color ? { color: zone.color } : {}),
        sortOrder: zone.sortOrder,
        ...(zone.kind === 'general_admission' ? { capacity: zone.capacity } : { rows: compactRows(seatsByZone.get(zone.id) ?? []) }),
      })),
    })),
  };
}
