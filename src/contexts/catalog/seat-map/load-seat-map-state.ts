import type { Database } from '../../../server/db/types.ts';
import type { Clock } from '../../../shared/clock.ts';
import { notFound } from '../../../shared/errors.ts';
import { readPlaceCounts, readTakenSeats } from '../../inventory/index.ts';
import { composeLiveMap, toSeatMapEvent } from './compose-live-map.ts';
import type { SeatMapAvailability, SeatMapEvent, SeatMapZone } from './contracts.ts';
import type { HallGeometryCache } from './hall-geometry-cache.ts';
import { buildHallGeometry, geometryStamp, type HallGeometry } from './hall-geometry.ts';
import type { LiveMapCache } from './live-map-cache.ts';
import { findSeatMapEvent, readDatabaseSnapshot, readHallSeats, readZonesWithPrices } from './seat-map-repository.ts';

export interface SeatMapState {
  event: SeatMapEvent;
  geometry: HallGeometry;
  zones: SeatMapZone[];
  availability: SeatMapAvailability;
}

export interface SeatMapDeps {
  database: Database;
  clock: Clock;
  geometries: HallGeometryCache;
  liveMaps: LiveMapCache<SeatMapState>;
}

const earliest = (...dates: (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((min, date) => (date && (!min || date < min) ? date : min), null);

/**
 * Everything a seat map shows, as of now: the cached geometry of the event's hall
 * (rebuilt when the hall changed) and the live zones, prices and availability, reused
 * while the database has changed nothing (see live-map-cache.ts).
 */
export async function loadSeatMapState(deps: SeatMapDeps, eventId: string): Promise<SeatMapState> {
  // Taken before anything is read, so a write that lands while we read makes the next request read again.
  const snapshot = await readDatabaseSnapshot(deps.database.db);
  const now = deps.clock.now();
  return deps.liveMaps.get(eventId, snapshot, now, () => readSeatMapState(deps, eventId, now));
}

async function readSeatMapState(deps: SeatMapDeps, eventId: string, now: Date): Promise<{ value: SeatMapState; validUntil: Date | null }> {
  const { db } = deps.database;
  const event = await findSeatMapEvent(db, eventId);
  if (!event) throw notFound('event_not_found', 'There is no such event.', { field: 'params.eventId' });
  const zones = await readZonesWithPrices(db, event.hall.id, event.id);
  const stamp = geometryStamp(event.maxOrdinal, zones);
  const hasPlaces = zones.some((zone) => zone.kind === 'general_admission');
  const [geometry, taken, places] = await Promise.all([
    deps.geometries.get(event.hall.id, stamp, async () => buildHallGeometry(stamp, zones, await readHallSeats(db, event.hall.id))),
    readTakenSeats(db, event.id, now),
    hasPlaces ? readPlaceCounts(db, event.id, now) : { zones: [], nextExpiry: null },
  ]);
  const live = composeLiveMap({ event, zones, geometry, takenOrdinals: taken.ordinals, places: places.zones, at: now });
  return {
    value: { event: toSeatMapEvent(event), geometry, ...live },
    validUntil: earliest(taken.nextExpiry, places.nextExpiry),
  };
}
