import type { Db } from '../../../server/db/types.ts';
import type { HallTypeView, HallView, VenueDetail, VenueSummary, ZoneView } from '../contracts/venues.ts';
import { toSessionTypeView } from '../films/film-views.ts';
import { listSessionTypeRows } from '../films/session-type-repository.ts';
import { venueNotFound } from '../shared/not-found.ts';
import { hallsOfVenue, zonesOfHalls, type HallRow, type ZoneWithSeats } from './hall-repository.ts';
import { findVenue, hallTypesOfHalls, type HallTypeRow, type VenueRow } from './venue-repository.ts';

export function toVenueSummary(row: VenueRow): VenueSummary {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    nameEn: row.nameEn,
    description: row.description,
    address: row.address,
    timeZone: row.timeZone,
    currency: row.currency,
  };
}

export const toHallTypeView = (row: HallTypeRow): HallTypeView => ({ id: row.id, code: row.code, name: row.name, coefficient: row.coefficient });

export function toZoneView(zone: ZoneWithSeats): ZoneView {
  return {
    id: zone.id,
    code: zone.code,
    name: zone.name,
    kind: zone.kind,
    capacity: zone.capacity,
    coefficient: zone.coefficient,
    color: zone.color,
    sortOrder: zone.sortOrder,
    seatCount: zone.seatCount,
  };
}

/** Halls with their hall types and zones, in the order given. */
export async function loadHallViews(db: Db, hallRows: readonly HallRow[]): Promise<HallView[]> {
  const ids = hallRows.map((hall) => hall.id);
  // One query after another, not Promise.all: `db` may be a transaction on one connection.
  const types = await hallTypesOfHalls(db, ids);
  const zones = await zonesOfHalls(db, ids);
  return hallRows.map((hall) => ({
    id: hall.id,
    venueId: hall.venueId,
    name: hall.name,
    description: hall.description,
    hallTypes: (types.get(hall.id) ?? []).map(toHallTypeView),
    zones: (zones.get(hall.id) ?? []).map(toZoneView),
  }));
}

/** The venue with its halls (types, zones) and session types; 404 venue_not_found if there is none. */
export async function loadVenueDetail(db: Db, venueId: string): Promise<VenueDetail> {
  const venue = await findVenue(db, venueId);
  if (!venue) throw venueNotFound();
  const hallRows = await hallsOfVenue(db, venueId);
  const sessionTypes = await listSessionTypeRows(db, venueId);
  return {
    ...toVenueSummary(venue),
    holdMinutes: venue.holdMinutes,
    confirmHours: venue.confirmHours,
    halls: await loadHallViews(db, hallRows),
    sessionTypes: sessionTypes.map(toSessionTypeView),
  };
}
