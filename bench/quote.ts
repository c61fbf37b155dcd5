/**
 * Prices N quotes in process and prints quotes per second and p50/p99 latency.
 * Each quote: a cinema line (4 seats, VIP + IMAX hall, evening session), a museum
 * line (3 objects x 3 visitor categories, priced per head) and a stadium line.
 * Run: npx tsx bench/quote.ts [N]   (default 200 000; target p50 < 1 ms)
 */
import { priceQuote, type LineInput, type MuseumServiceFacts } from '../src/contexts/pricing/rules/index.ts';

const N = Number(process.argv[2] ?? 200_000);
const WARMUP = 5_000;
const now = new Date('2025-07-01T09:00:00Z');

const seats = (zoneId: string, prefix: string, count: number) =>
  new Map(Array.from({ length: count }, (_, index) => [`${prefix}-${index + 1}`, { zoneId }] as const));

const cinema: LineInput = {
  kind: 'cinema',
  event: {
    id: 'ev-1', name: 'Дюна, 19:00', serviceId: 'svc-cinema', startsAt: new Date('2025-07-01T16:00:00Z'),
    zones: [{ id: 'z-std', name: 'Партер', seated: true, coefficient: '1.0000' }, { id: 'z-vip', name: 'VIP', seated: true, coefficient: '1.4000' }],
    seats: new Map([...seats('z-std', 's', 200), ...seats('z-vip', 'v', 40)]),
    sessionTypes: [{ id: 'st-evening', name: 'Вечерний', value: '1.2000' }],
  },
  film: { id: 'film-1', title: 'Дюна', basePriceMinor: 40_000, currency: 'RUB' },
  hall: { id: 'hall-1', name: 'Зал 1', types: [{ id: 'ht-vip', name: 'VIP', value: '1.5000' }, { id: 'ht-imax', name: 'IMAX', value: '1.3000' }] },
  choice: { zoneId: 'z-vip', seatIds: ['v-1', 'v-2', 'v-3', 'v-4'] },
};

const objects = ['o1', 'o2', 'o3'];
const categories = ['adult', 'child', 'student'];
const museumServiceFacts: MuseumServiceFacts = {
  id: 'svc-museum', name: 'Посещение музея', baseCostMinor: 100_000, currency: 'RUB',
  flags: {
    isDisableEditVisitObject: false, isVisitObjectUseForCost: true, isDisableEditVisitor: false,
    isCategoryVisitorUseForCost: true, isVisitorCountUseForCost: true, isUseOneCategory: false,
  },
  visitRules: { activeKindId: 3, dtBegin: '2025-06-01T00:00:00', dtEnd: '2025-08-31T23:59:59', isNeedVisitDate: true, isNeedVisitTime: true, venueTimeZone: 'Europe/Moscow' },
  visitObjects: objects.map((id) => ({ id, name: `Зал ${id}`, isRequire: id === 'o1' })),
  visitorCategories: categories.map((id) => ({ id, name: id, requireVisitorCount: null })),
  priceRows: objects.flatMap((object, i) =>
    categories.map((category, j) => ({ id: `r-${object}-${category}`, visitObjectId: object, visitorCategoryId: category, priceMinor: 20_000 + 5_000 * i - 3_000 * j })),
  ),
};
const museum: LineInput = {
  kind: 'museum',
  service: museumServiceFacts,
  choice: {
    visitObjectIds: objects,
    visitors: [{ categoryId: 'adult', count: 2 }, { categoryId: 'child', count: 3 }, { categoryId: 'student', count: 1 }],
    visitDate: '2025-07-15',
    visitTime: '11:00',
  },
};

const stadium: LineInput = {
  kind: 'zone_price',
  event: {
    id: 'ev-2', name: 'Матч', serviceId: 'svc-match', currency: 'RUB', startsAt: new Date('2025-07-20T16:00:00Z'),
    zones: [{ id: 'z-a', name: 'Сектор A', seated: true, priceMinor: 250_000 }, { id: 'z-floor', name: 'Танцпол', seated: false, priceMinor: 350_000 }],
    seats: seats('z-a', 'a', 5_000),
  },
  choice: { zoneId: 'z-a', seatIds: ['a-101', 'a-102'] },
};

const lines = [cinema, museum, stadium];
const context = { now, contract: null };
let checksum = 0;
for (let i = 0; i < WARMUP; i++) checksum += priceQuote(lines, context).totalMinor;

const latencies = new Float64Array(N);
const started = process.hrtime.bigint();
for (let i = 0; i < N; i++) {
  const before = process.hrtime.bigint();
  checksum += priceQuote(lines, context).totalMinor;
  latencies[i] = Number(process.hrtime.bigint() - before) / 1_000; // microseconds
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
latencies.sort();
const percentile = (p: number) => latencies[Math.min(N - 1, Math.floor((p / 100) * N))] ?? 0;

const sample = priceQuote(lines, context);
console.log(`quote total ${sample.totalMinor} kopecks (lines ${sample.lines.map((line) => line.amountMinor).join(' + ')}); checksum ${checksum}`);
console.log(`${N} quotes in ${seconds.toFixed(2)} s: ${Math.round(N / seconds)} quotes/s`);
console.log(`latency p50 ${percentile(50).toFixed(1)} µs, p99 ${percentile(99).toFixed(1)} µs, max ${percentile(100).toFixed(1)} µs`);
if (percentile(50) >= 1_000) {
  console.error('p50 is over 1 ms: the target is missed');
  process.exitCode = 1;
}
