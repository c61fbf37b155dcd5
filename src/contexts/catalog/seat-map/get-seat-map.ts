import { weakEtag } from './etag.ts';
import { loadSeatMapState, type SeatMapDeps } from './load-seat-map-state.ts';

/**
 * The seat map of an event as JSON text (the `seatMapResponse` contract) with its
 * ETag. The hall's geometry goes in as the text cached for it, so a stadium map
 * costs the live reads, not the serialisation of 80,000 seats.
 */
export async function getSeatMap(deps: SeatMapDeps, eventId: string): Promise<{ body: string; etag: string }> {
  const { event, geometry, zones, availability } = await loadSeatMapState(deps, eventId);
  const eventJson = JSON.stringify(event);
  const zonesJson = JSON.stringify(zones);
  const availabilityJson = JSON.stringify(availability);
  return {
    body: `{"event":${eventJson},"geometry":${geometry.json},"zones":${zonesJson},"availability":${availabilityJson}}`,
    etag: weakEtag(eventJson, geometry.version, zonesJson, availability.seats, JSON.stringify(availability.zones)),
  };
}
