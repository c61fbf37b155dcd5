import type {
  CinemaLineInput,
  CinemaZone,
  Coefficient,
  ContractFacts,
  PackageLineInput,
  PricedZone,
  SeatFacts,
  SimpleLineInput,
  ZonePriceLineInput,
} from '../types.ts';

/** Test catalog shaped like the catalog tables: a cinema (seed 003), a stadium, packages. */
export const NOW = new Date('2025-07-01T09:00:00Z'); // 12:00 in Moscow

export const seatsOf = (zoneId: string, prefix: string, count: number): [string, SeatFacts][] =>
  Array.from({ length: count }, (_, index) => [`${prefix}-${index + 1}`, { zoneId }]);

export const VIP_HALL_TYPE: Coefficient = { id: 'ht-vip', name: 'VIP', value: '1.5000', version: 3 };
export const IMAX_HALL_TYPE: Coefficient = { id: 'ht-imax', name: 'IMAX', value: '1.3000', version: 1 };
export const MORNING: Coefficient = { id: 'st-morning', name: 'Утренний', value: '0.8000' };
export const EVENING: Coefficient = { id: 'st-evening', name: 'Вечерний', value: '1.2000' };
export const EXTENDED: Coefficient = { id: 'st-extended', name: 'Удлинённый', value: '1.1000' };

export const STANDARD_ZONE: CinemaZone = { id: 'z-std', name: 'Партер', seated: true, coefficient: '1.0000' };
export const VIP_ZONE: CinemaZone = { id: 'z-vip', name: 'VIP-зона', seated: true, coefficient: '1.4000' };

type CinemaOverrides = {
  hallTypes?: Coefficient[];
  sessionTypes?: Coefficient[];
  basePriceMinor?: number;
  zoneId?: string;
  seatIds?: string[];
  quantity?: number;
  event?: Partial<CinemaLineInput['event']>;
};

/** Film at 400.00 RUB; hall types, session types and the choice are the test's to set. */
export function cinemaLine(overrides: CinemaOverrides = {}): CinemaLineInput {
  return {
    kind: 'cinema',
    event: {
      id: 'ev-dune',
      version: 7,
      name: 'Дюна: часть вторая, 19:00',
      serviceId: 'svc-cinema-ticket',
      startsAt: new Date('2025-07-01T16:00:00Z'),
      salesOpenAt: new Date('2025-06-20T00:00:00Z'),
      salesCloseAt: new Date('2025-07-01T16:00:00Z'),
      zones: [STANDARD_ZONE, VIP_ZONE],
      seats: new Map([...seatsOf('z-std', 's', 10), ...seatsOf('z-vip', 'v', 4)]),
      sessionTypes: overrides.sessionTypes ?? [EVENING],
      ...overrides.event,
    },
    film: { id: 'film-dune', version: 2, title: 'Дюна: часть вторая', basePriceMinor: overrides.basePriceMinor ?? 40_000, currency: 'RUB' },
    hall: { id: 'hall-1', name: 'Зал 1', types: overrides.hallTypes ?? [] },
    choice: {
      zoneId: overrides.zoneId ?? 'z-std',
      seatIds: overrides.seatIds ?? ['s-1'],
      ...(overrides.quantity === undefined ? {} : { quantity: overrides.quantity }),
    },
  };
}

export const SECTOR_A: PricedZone = { id: 'z-sector-a', name: 'Сектор A', seated: true, priceMinor: 250_000 };
export const DANCE_FLOOR: PricedZone = { id: 'z-dance', name: 'Танцпол', seated: false, priceMinor: 350_000 };

export function stadiumLine(choice: ZonePriceLineInput['choice'], event: Partial<ZonePriceLineInput['event']> = {}): ZonePriceLineInput {
  return {
    kind: 'zone_price',
    event: {
      id: 'ev-concert',
      version: 1,
      name: 'Концерт, Лужники',
      serviceId: 'svc-concert-ticket',
      currency: 'RUB',
      startsAt: new Date('2025-07-20T16:00:00Z'),
      salesOpenAt: null,
      salesCloseAt: null,
      zones: [SECTOR_A, DANCE_FLOOR],
      seats: new Map(seatsOf('z-sector-a', 'a', 20)),
      ...event,
    },
    choice,
  };
}

export function packageLine(
  packageKind: 'bundle' | 'season_ticket',
  choice: PackageLineInput['choice'],
  seated = true,
): PackageLineInput {
  return {
    kind: 'package',
    service: {
      id: packageKind === 'bundle' ? 'svc-bundle' : 'svc-season',
      version: 4,
      name: packageKind === 'bundle' ? 'Три матча плей-офф' : 'Абонемент на сезон 2025/26',
      baseCostMinor: packageKind === 'bundle' ? 900_000 : 2_500_000,
      currency: 'RUB',
      packageKind,
      eventIds: ['ev-1', 'ev-2', 'ev-3'],
      seats: seated ? new Map(seatsOf('z-sector-a', 'a', 20)) : null,
    },
    choice,
  };
}

export function simpleLine(quantity: number, service: Partial<SimpleLineInput['service']> = {}): SimpleLineInput {
  return {
    kind: 'simple',
    service: {
      id: 'svc-audio-guide',
      name: 'Аудиогид',
      baseCostMinor: 30_000,
      currency: 'RUB',
      simpleKind: 'add_on_service',
      ...service,
    },
    choice: { quantity },
  };
}

export function contract(prices: ContractFacts['prices']): ContractFacts {
  return { id: 'ctr-1', version: 5, number: 'Д-2025/017', currency: 'RUB', prices };
}
