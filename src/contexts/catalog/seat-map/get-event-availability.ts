import type { SeatMapAvailability } from './contracts.ts';
import { weakEtag } from './etag.ts';
import { loadSeatMapState, type SeatMapDeps } from './load-seat-map-state.ts';

/** Only the live part of an event's seat map, for the portal to refresh cheaply, with its ETag. */
export async function getEventAvailability(deps: SeatMapDeps, eventId: string): Promise<{ availability: SeatMapAvailability; etag: string }> {
  const { event, availability } = await loadSeatMapState(deps, eventId);
  return {
    availability,
    etag: weakEtag(event.status, availability.geometryVersion, availability.seats, JSON.stringify(availability.zones)),
  };
}
