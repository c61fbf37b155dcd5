import { describe, expect, it } from 'vitest';
import { createLiveMapCache } from './live-map-cache.ts';

describe('the live map cache', () => {
  const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 12, minute));

  it('reuses a map while the database snapshot is unchanged and no hold it saw has lapsed', async () => {
    const cache = createLiveMapCache<number>();
    let reads = 0;
    const read = async () => ({ value: (reads += 1), validUntil: at(10) });
    expect(await cache.get('e1', '5:5:', at(0), read)).toBe(1);
    expect(await cache.get('e1', '5:5:', at(9), read)).toBe(1);
    expect(await cache.get('e1', '6:6:', at(9), read)).toBe(2); // something was written
    expect(await cache.get('e1', '6:6:', at(10), read)).toBe(3); // a hold lapsed
    expect(await cache.get('e1', '6:6:', at(5), read)).toBe(4); // the clock went back
    expect(await cache.get('e2', '6:6:', at(5), read)).toBe(5); // another event
  });

  it('keeps a map without running holds for as long as nothing is written', async () => {
    const cache = createLiveMapCache<string>();
    const read = async () => ({ value: 'map', validUntil: null });
    await cache.get('e1', 's', at(0), read);
    expect(await cache.get('e1', 's', at(59), async () => ({ value: 'again', validUntil: null }))).toBe('map');
  });

  it('lets requests that miss together share one read, and forgets a read that failed', async () => {
    const cache = createLiveMapCache<number>();
    let reads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async () => {
      reads += 1;
      await gate;
      return { value: 7, validUntil: null };
    };
    const both = Promise.all([cache.get('e1', 's', at(0), slow), cache.get('e1', 's', at(0), slow)]);
    release();
    expect(await both).toEqual([7, 7]);
    expect(reads).toBe(1);
    await expect(cache.get('e3', 's', at(0), async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('e3', 's', at(0), async () => ({ value: 1, validUntil: null }))).toBe(1);
  });
});
