import { createHash } from 'node:crypto';
import { emptyBits, setRange, type OrdinalRange } from './availability-bits.ts';
import { seatMapGeometry, type Bounds, type SeatMapGeometry } from './contracts.ts';
import { boundsOf, encodeSeatRuns } from './encode-seat-runs.ts';
import type { SeatRow, ZoneRow } from './seat-map-repository.ts';

/** What every request for a hall's map reuses: built once per hall version, kept in memory. */
export interface HallGeometry {
  /** The cheap fingerprint it was built for (see `geometryStamp`). */
  stamp: string;
  version: string;
  /** The `geometry` member of the response, serialised once. */
  json: string;
  /** Zone ids in the order runs refer to them. */
  zoneIds: string[];
  zones: Map<string, { seatCount: number; bounds: Bounds | null; ranges: OrdinalRange[] }>;
  ordinalCount: number;
  /** One bit per existing seat: where availability starts before anything is taken. */
  seatBits: Uint8Array;
}

const digest = (text: string): string => createHash('sha1').update(text).digest('base64url').slice(0, 16);

/**
 * Changes when the hall's zones or its highest seat ordinal change: what a re-drawn
 * hall changes, readable on every request without touching its seats.
 */
export function geometryStamp(maxOrdinal: number, zones: readonly ZoneRow[]): string {
  const zoneText = zones.map((z) => [z.id, z.code, z.name, z.kind, z.coefficient, z.color, z.capacity].join('\u0001')).join('\u0002');
  return `${maxOrdinal}:${digest(zoneText)}`;
}

/** Builds the hall's geometry from its zones and seats (in ordinal order). Pure. */
export function buildHallGeometry(stamp: string, zones: readonly ZoneRow[], seats: readonly SeatRow[]): HallGeometry {
  const zoneIndex = new Map(zones.map((zone, index) => [zone.id, index]));
  const decoded = seats.map((seat) => ({ ...seat, zoneIndex: zoneIndex.get(seat.zoneId) ?? -1 }));
  const rows = encodeSeatRuns(decoded.filter((seat) => seat.zoneIndex >= 0));
  const ordinalCount = seats.length === 0 ? 0 : seats[seats.length - 1]!.ordinal + 1;

  const zoneData = new Map(zones.map((zone) => [zone.id, { seatCount: 0, bounds: null as Bounds | null, ranges: [] as OrdinalRange[] }]));
  const zoneSeats = new Map<string, SeatRow[]>();
  for (const seat of seats) {
    const data = zoneData.get(seat.zoneId);
    if (!data) continue;
    data.seatCount += 1;
    const last = data.ranges[data.ranges.length - 1];
    if (last && last.first + last.count === seat.ordinal) last.count += 1;
    else data.ranges.push({ first: seat.ordinal, count: 1 });
    (zoneSeats.get(seat.zoneId) ?? zoneSeats.set(seat.zoneId, []).get(seat.zoneId)!).push(seat);
  }
  for (const [zoneId, list] of zoneSeats) zoneData.get(zoneId)!.bounds = boundsOf(list);

  const seatBits = emptyBits(ordinalCount);
  for (const data of zoneData.values()) for (const range of data.ranges) setRange(seatBits, range, true);

  const body = { seatCount: seats.length, ordinalCount, bounds: boundsOf(seats), rows };
  const version = digest(`${stamp}|${JSON.stringify(body)}`);
  // Checked against the contract once per build, since requests send the cached text as is.
  const geometry: SeatMapGeometry = seatMapGeometry.parse({ version, ...body });
  return { stamp, version, json: JSON.stringify(geometry), zoneIds: zones.map((zone) => zone.id), zones: zoneData, ordinalCount, seatBits };
}
