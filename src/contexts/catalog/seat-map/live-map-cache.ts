/**
 * The last live map of each event, reused while it is provably still true: the
 * database has committed nothing since it was read (its transaction snapshot is
 * unchanged: no transaction began writing or ended since) and no hold it saw has
 * run out yet. Read-mostly traffic (many people looking at one map) then costs one
 * tiny query per request; any write anywhere simply means the next request reads
 * again. Concurrent requests that miss together share one read.
 */
export interface LiveMapCache<T> {
  get(key: string, snapshot: string, now: Date, read: () => Promise<{ value: T; validUntil: Date | null }>): Promise<T>;
}

const MAX_ENTRIES = 1000;

export function createLiveMapCache<T>(): LiveMapCache<T> {
  const entries = new Map<string, { snapshot: string; readAt: Date; validUntil: Date | null; value: T }>();
  const reading = new Map<string, Promise<T>>();

  return {
    async get(key, snapshot, now, read) {
      const entry = entries.get(key);
      // A clock set back (tests do) could bring a lapsed hold back to life: read again then too.
      const stillTrue = entry && entry.snapshot === snapshot && now >= entry.readAt && (entry.validUntil === null || now < entry.validUntil);
      if (stillTrue) return entry.value;
      const flight = `${key}|${snapshot}`;
      let pending = reading.get(flight);
      if (!pending) {
        pending = read()
          .then(({ value, validUntil }) => {
            entries.delete(key);
            if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
            entries.set(key, { snapshot, readAt: now, validUntil, value });
            return value;
          })
          .finally(() => reading.delete(flight));
        reading.set(flight, pending);
      }
      return pending;
    },
  };
}
