import { useCallback, useEffect, useRef, useState } from 'react';
import type { SeatMapAvailability, SeatMapResponse } from '../../../contexts/catalog/seat-map/contracts.ts';
import { getAvailability, getSeatMap } from '../../endpoints/catalog.ts';
import { buildSeatGrid, type SeatGrid } from './seat-grid.ts';
import { buildSeatModel, freeFlags, type SeatModel } from './seat-model.ts';

export const availabilityRefreshMs = 15_000;

export interface LoadedSeatMap {
  map: SeatMapResponse;
  model: SeatModel;
  grid: SeatGrid;
  free: Uint8Array;
  availability: SeatMapAvailability;
  /** How long loading and decoding took, for the curious (and the e2e test). */
  loadMs: number;
}

/**
 * The seat map of an event: geometry loaded once, availability refreshed every
 * 15 seconds while the page is visible (and on demand); a changed hall reloads all.
 */
export function useSeatMap(eventId: string) {
  const [loaded, setLoaded] = useState<LoadedSeatMap | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [refreshing, setRefreshing] = useState(false);
  const current = useRef<LoadedSeatMap | null>(null);

  const loadAll = useCallback(async (signal?: AbortSignal) => {
    const started = performance.now();
    const map = await getSeatMap(eventId, signal);
    const model = buildSeatModel(map.geometry, map.zones);
    const next: LoadedSeatMap = { map, model, grid: buildSeatGrid(model), free: freeFlags(model, map.availability.seats), availability: map.availability, loadMs: performance.now() - started };
    current.current = next;
    setLoaded(next);
    setError(null);
  }, [eventId]);

  const refresh = useCallback(async () => {
    const known = current.current;
    if (!known) return;
    setRefreshing(true);
    try {
      const availability = await getAvailability(eventId);
      if (availability.geometryVersion !== known.map.geometry.version) {
        await loadAll();
        return;
      }
      const next = { ...known, availability, free: freeFlags(known.model, availability.seats) };
      current.current = next;
      setLoaded(next);
    } catch {
      // Keep showing the last known state; the next refresh tries again.
    } finally {
      setRefreshing(false);
    }
  }, [eventId, loadAll]);

  useEffect(() => {
    const controller = new AbortController();
    current.current = null;
    setLoaded(null);
    loadAll(controller.signal).catch((failure: unknown) => {
      if ((failure as Error).name !== 'AbortError') setError(failure);
    });
    return () => controller.abort();
  }, [loadAll]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, availabilityRefreshMs);
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  return { loaded, error, refreshing, refresh, retry: () => void loadAll().catch(setError) };
}
