import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type Filters<K extends string> = Partial<Record<K, string>>;

/**
 * A list's filters and page kept in the address, so a reload, the back button or a
 * link sent to a colleague shows the same list. Changing a filter goes back to the
 * first page.
 */
export function useFilterParams<K extends string>(keys: readonly K[]): [Filters<K> & { offset: number }, (next: Partial<Record<K | 'offset', string | undefined>>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const found: Filters<K> = {};
    for (const key of keys) {
      const value = params.get(key);
      if (value) found[key] = value;
    }
    return { ...found, offset: Math.max(0, Number(params.get('offset') ?? 0) || 0) };
    // `keys` is each page's constant list; the address alone decides the filters.
  }, [params]);
  const update = useCallback(
    (next: Partial<Record<K | 'offset', string | undefined>>) => {
      setParams((current) => {
        const updated = new URLSearchParams(current);
        if (!('offset' in next)) updated.delete('offset');
        for (const [key, value] of Object.entries(next) as [string, string | undefined][]) {
          if (value === undefined || value === '' || (key === 'offset' && value === '0')) updated.delete(key);
          else updated.set(key, value);
        }
        return updated;
      });
    },
    [setParams],
  );
  return [filters, update];
}
