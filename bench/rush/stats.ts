// What a run measured: latency of every answer, answers by kind, seats won.

export interface Tally {
  latencies: number[];
  created: number;
  seatsWon: number;
  taken409: number;
  /** Other 4xx answers by status and code. */
  other4xx: Map<string, number>;
  server5xx: Map<string, number>;
  network: number;
  startedAt: number;
  /** When the last seat was won (performance.now()). */
  lastWinAt: number;
  endedAt: number;
}

export function newTally(): Tally {
  return { latencies: [], created: 0, seatsWon: 0, taken409: 0, other4xx: new Map(), server5xx: new Map(), network: 0, startedAt: performance.now(), lastWinAt: 0, endedAt: 0 };
}

export const bump = (counts: Map<string, number>, key: string): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Summary {
  label: string;
  requests: number;
  created: number;
  seatsWon: number;
  seconds: number;
  soldOutSeconds: number;
  requestsPerSecond: number;
  bookingsPerSecond: number;
  seatsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  taken409: number;
  other4xx: string;
  server5xx: string;
  network: number;
}

const describe = (counts: Map<string, number>): string => (counts.size === 0 ? '0' : [...counts].map(([k, n]) => `${n} ${k}`).join(', '));

export function summarize(label: string, tally: Tally): Summary {
  const sorted = Float64Array.from(tally.latencies).sort();
  const seconds = (tally.endedAt - tally.startedAt) / 1000;
  const soldOutSeconds = ((tally.lastWinAt || tally.endedAt) - tally.startedAt) / 1000;
  const all = sorted as unknown as number[];
  return {
    label,
    requests: tally.latencies.length,
    created: tally.created,
    seatsWon: tally.seatsWon,
    seconds,
    soldOutSeconds,
    requestsPerSecond: tally.latencies.length / seconds,
    bookingsPerSecond: tally.created / soldOutSeconds,
    seatsPerSecond: tally.seatsWon / soldOutSeconds,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    max: percentile(all, 100),
    taken409: tally.taken409,
    other4xx: describe(tally.other4xx),
    server5xx: describe(tally.server5xx),
    network: tally.network,
  };
}
