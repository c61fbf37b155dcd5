import { parseDecimal } from '../../../shared/decimal.ts';
import { scaleMinor } from '../../../shared/money.ts';
import type { ZoneUnitCount } from '../../inventory/index.ts';
import { clearOrdinals, countFree, setRange, toBase64 } from './availability-bits.ts';
import type { SeatMapAvailability, SeatMapEvent, SeatMapZone } from './contracts.ts';
import type { HallGeometry } from './hall-geometry.ts';
import type { SeatMapEventRow, ZoneRow } from './seat-map-repository.ts';

export interface LiveMapInput {
  event: SeatMapEventRow;
  zones: readonly ZoneRow[];
  geometry: HallGeometry;
  takenOrdinals: readonly number[];
  places: readonly ZoneUnitCount[];
  at: Date;
}

/**
 * A zone's ticket price now. Cinema: film base × every hall type × zone × every
 * session type, rounded once (seed 003); other events: the event's own zone price,
 * and a zone without one is not on sale.
 */
export function zonePrice(event: SeatMapEventRow, zone: ZoneRow): number | null {
  if (event.kind === 'film_session' && event.film) {
    const coefficients = [...event.hallTypeCoefficients, zone.coefficient, ...event.sessionTypeCoefficients].map(parseDecimal);
    return scaleMinor(event.film.basePriceMinor, coefficients);
  }
  return zone.priceMinor;
}

export function toSeatMapEvent(event: SeatMapEventRow): SeatMapEvent {
  const { film } = event;
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    status: event.status,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    venue: event.venue,
    hall: event.hall,
    film: film && { id: film.id, title: film.title, durationMinutes: film.durationMinutes, ageRating: film.ageRating },
  };
}

/** The per-request half of the map: zones with prices and the availability bits and counts. Pure. */
export function composeLiveMap(input: LiveMapInput): { zones: SeatMapZone[]; availability: SeatMapAvailability } {
  const { event, geometry } = input;
  const bits = geometry.seatBits.slice();
  const places = new Map(input.places.map((count) => [count.zoneId, count]));
  const zones: SeatMapZone[] = [];
  const counts: SeatMapAvailability['zones'] = [];
  const onSaleZones = input.zones.map((zone) => {
    const priceMinor = zonePrice(event, zone);
    return { zone, priceMinor, onSale: event.status === 'scheduled' && priceMinor !== null };
  });
  // Seats of zones not on sale are never free, whatever their inventory says.
  for (const { zone, onSale } of onSaleZones) {
    if (!onSale) for (const range of geometry.zones.get(zone.id)?.ranges ?? []) setRange(bits, range, false);
  }
  clearOrdinals(bits, input.takenOrdinals);

  let freeSeats = 0;
  for (const { zone, priceMinor, onSale } of onSaleZones) {
    const shape = geometry.zones.get(zone.id);
    zones.push({
      id: zone.id,
      code: zone.code,
      name: zone.name,
      kind: zone.kind,
      coefficient: zone.coefficient,
      color: zone.color,
      capacity: zone.capacity,
      seatCount: shape?.seatCount ?? 0,
      bounds: shape?.bounds ?? null,
      onSale,
      priceMinor,
    });
    if (zone.kind === 'general_admission') {
      const count = places.get(zone.id);
      counts.push({ zoneId: zone.id, total: count?.total ?? 0, free: onSale ? (count?.free ?? 0) : 0 });
    } else {
      const free = (shape?.ranges ?? []).reduce((sum, range) => sum + countFree(bits, range), 0);
      freeSeats += free;
      counts.push({ zoneId: zone.id, total: shape?.seatCount ?? 0, free });
    }
  }
  return {
    zones,
    availability: { eventId: event.id, at: input.at.toISOString(), geometryVersion: geometry.version, seats: toBase64(bits), freeSeats, zones: counts },
  };
}
