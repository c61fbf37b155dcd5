import type { EventSaleFacts, QuoteFacts, SeatFactsRow, ServiceSaleFacts } from '../catalog-facts.ts';

/** Catalog facts as the repository returns them, for unit tests of assembly and snapshots. */
export const NOW = new Date('2026-07-01T09:00:00Z');

export const ids = {
  cinemaEvent: '0b6b0c1e-5f39-4c43-9c3e-000000000001',
  concert: '0b6b0c1e-5f39-4c43-9c3e-000000000002',
  vipZone: '0b6b0c1e-5f39-4c43-9c3e-0000000000a1',
  stdZone: '0b6b0c1e-5f39-4c43-9c3e-0000000000a2',
  sectorA: '0b6b0c1e-5f39-4c43-9c3e-0000000000b1',
  floor: '0b6b0c1e-5f39-4c43-9c3e-0000000000b2',
  cinemaHall: '0b6b0c1e-5f39-4c43-9c3e-0000000000c1',
  arena: '0b6b0c1e-5f39-4c43-9c3e-0000000000c2',
  season: '0b6b0c1e-5f39-4c43-9c3e-0000000000d1',
  pass: '0b6b0c1e-5f39-4c43-9c3e-0000000000d2',
} as const;

export const seatId = (n: number) => `0b6b0c1e-5f39-4c43-9c3e-1${String(n).padStart(11, '0')}`;

export function cinemaEvent(basePriceMinor = 40_000): EventSaleFacts {
  return {
    id: ids.cinemaEvent,
    kind: 'film_session',
    title: 'Дюна, вечерний сеанс',
    status: 'scheduled',
    startsAt: new Date('2026-07-01T16:00:00Z'),
    salesOpenAt: null,
    salesCloseAt: null,
    venue: { id: 'v-cinema', kind: 'cinema', name: 'Cinema', timeZone: 'Europe/Moscow', currency: 'RUB', holdMinutes: 30, confirmHours: 48 },
    hall: {
      id: ids.cinemaHall,
      name: 'Зал 1',
      types: [
        { id: 'ht-imax', name: 'IMAX', value: '1.3000' },
        { id: 'ht-vip', name: 'VIP', value: '1.5000' },
      ],
    },
    zones: [
      { id: ids.stdZone, name: 'Партер', seated: true, capacity: null, coefficient: '1.0000', priceMinor: null },
      { id: ids.vipZone, name: 'VIP-зона', seated: true, capacity: null, coefficient: '1.4000', priceMinor: null },
    ],
    sessionTypes: [{ id: 'st-evening', name: 'Вечерний', value: '1.2000' }],
    film: { id: 'film-dune', title: 'Дюна', basePriceMinor },
    serviceId: null,
  };
}

export function concertEvent(): EventSaleFacts {
  return {
    ...cinemaEvent(),
    id: ids.concert,
    kind: 'concert',
    title: 'Концерт',
    venue: { id: 'v-stadium', kind: 'stadium', name: 'Stadium', timeZone: 'Europe/Moscow', currency: 'RUB', holdMinutes: 30, confirmHours: 48 },
    hall: { id: ids.arena, name: 'Арена', types: [] },
    zones: [
      { id: ids.sectorA, name: 'Сектор A', seated: true, capacity: null, coefficient: '1.0000', priceMinor: 250_000 },
      { id: ids.floor, name: 'Танцпол', seated: false, capacity: 5000, coefficient: '1.0000', priceMinor: 350_000 },
      { id: ids.vipZone, name: 'Сектор B (закрыт)', seated: true, capacity: null, coefficient: '1.0000', priceMinor: null },
    ],
    sessionTypes: [],
    film: null,
  };
}

export function service(overrides: Partial<ServiceSaleFacts> = {}): ServiceSaleFacts {
  return {
    id: ids.pass,
    kind: 'facility_pass',
    name: 'Фитнес, 10 посещений',
    isEditable: false,
    isActive: true,
    baseCostMinor: 500_000,
    currency: 'RUB',
    timeZone: 'Europe/Moscow',
    salesOpenAt: null,
    salesCloseAt: null,
    flags: {
      isDisableEditVisitObject: false,
      isVisitObjectUseForCost: false,
      isDisableEditVisitor: false,
      isCategoryVisitorUseForCost: false,
      isVisitorCountUseForCost: false,
      isUseOneCategory: false,
    },
    isNeedVisitDate: false,
    isNeedVisitTime: false,
    activeKindId: 1,
    activeDays: null,
    dtBegin: null,
    dtEnd: null,
    stock: null,
    passVisits: 10,
    passDays: null,
    visitObjects: [],
    visitorCategories: [],
    priceRows: [],
    events: [],
    packageZoneIds: null,
    packageSeated: false,
    ...overrides,
  };
}

const seat = (n: number, hallId: string, zoneId: string): SeatFactsRow => ({ id: seatId(n), hallId, zoneId, rowLabel: '1', seatLabel: String(n) });

/** Seats 1-4 in the cinema's VIP zone, 5-6 in its standard zone, 7-9 in the arena's sector A. */
export const SEATS: readonly SeatFactsRow[] = [
  ...[1, 2, 3, 4].map((n) => seat(n, ids.cinemaHall, ids.vipZone)),
  ...[5, 6].map((n) => seat(n, ids.cinemaHall, ids.stdZone)),
  ...[7, 8, 9].map((n) => seat(n, ids.arena, ids.sectorA)),
];

export function quoteFacts(parts: { events?: EventSaleFacts[]; services?: ServiceSaleFacts[] } = {}): QuoteFacts {
  const events = parts.events ?? [cinemaEvent(), concertEvent()];
  const services = parts.services ?? [service()];
  return {
    events: new Map(events.map((event) => [event.id, event])),
    services: new Map(services.map((entry) => [entry.id, entry])),
    seats: new Map(SEATS.map((entry) => [entry.id, entry])),
  };
}
