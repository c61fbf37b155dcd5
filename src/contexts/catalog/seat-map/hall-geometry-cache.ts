import type { HallGeometry } from './hall-geometry.ts';

/**
 * Hall geometries of one app instance, by hall id. A request names the stamp it
 * read; an entry with another stamp is rebuilt, and concurrent requests share one
 * build. The stamp misses an edit that only moves or relabels seats, so an entry
 * older than `maxAgeMs` is rebuilt in the background while the old one is served.
 */
export interface HallGeometryCache {
  get(hallId: string, stamp: string, build: () => Promise<HallGeometry>): Promise<HallGeometry>;
}

export function createHallGeometryCache(options: { maxAgeMs?: number; now?: () => number } = {}): HallGeometryCache {
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const now = options.now ?? (() => performance.now());
  const entries = new Map<string, { geometry: HallGeometry; builtAt: number; refreshing: boolean }>();
  const building = new Map<string, Promise<HallGeometry>>();

  function rebuild(hallId: string, stamp: string, build: () => Promise<HallGeometry>): Promise<HallGeometry> {
    const key = `${hallId}|${stamp}`;
    let pending = building.get(key);
    if (!pending) {
      pending = build()
        .then((geometry) => {
          entries.set(hallId, { geometry, builtAt: now(), refreshing: false });
          return geometry;
        })
        .finally(() => building.delete(key));
      building.set(key, pending);
    }
    return pending;
  }

  return {
    async get(hallId, stamp, build) {
      const entry = entries.get(hallId);
      if (!entry || entry.geometry.stamp !== stamp) return rebuild(hallId, stamp, build);
      if (now() - entry.builtAt > maxAgeMs && !entry.refreshing) {
        entry.refreshing = true;
        // A failed refresh keeps serving the entry it would have replaced, and tries again later.
        rebuild(hallId, stamp, build).catch(() => {
          entry.refreshing = false;
          entry.builtAt = now();
        });
      }
      return entry.geometry;
    },
  };
}
