import { encodeBody, type BodyEncoding } from './body-encoding.ts';
import { weakEtag } from './etag.ts';
import { loadSeatMapState, type SeatMapDeps, type SeatMapState } from './load-seat-map-state.ts';

/** A seat map ready to send: JSON text (the `seatMapResponse` contract), its ETag and its compressed forms. */
export interface RenderedSeatMap {
  etag: string;
  body: Buffer;
  encoded(encoding: BodyEncoding): Promise<Buffer>;
}

// A live map is reused for as long as it stays true (live-map-cache.ts), and so is its
// rendering: a request that reuses a map sends bytes compressed once. Weak, so a
// rendering goes when its map does.
const renderings = new WeakMap<SeatMapState, RenderedSeatMap>();

function render(state: SeatMapState): RenderedSeatMap {
  const { event, geometry, zones, availability } = state;
  const eventJson = JSON.stringify(event);
  const zonesJson = JSON.stringify(zones);
  // The geometry goes in as the text cached for the hall, never re-serialised per request.
  const body = Buffer.from(`{"event":${eventJson},"geometry":${geometry.json},"zones":${zonesJson},"availability":${JSON.stringify(availability)}}`);
  const encodings = new Map<BodyEncoding, Promise<Buffer>>();
  return {
    body,
    etag: weakEtag(eventJson, geometry.version, zonesJson, availability.seats, JSON.stringify(availability.zones)),
    encoded(encoding) {
      let bytes = encodings.get(encoding);
      if (!bytes) encodings.set(encoding, (bytes = encodeBody(body, encoding)));
      return bytes;
    },
  };
}

/** The seat map of an event with live availability, rendered for sending. */
export async function getSeatMap(deps: SeatMapDeps, eventId: string): Promise<RenderedSeatMap> {
  const state = await loadSeatMapState(deps, eventId);
  let rendered = renderings.get(state);
  if (!rendered) renderings.set(state, (rendered = render(state)));
  return rendered;
}
