import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { addItem, type BasketItem, withoutSeats } from './basket-items.ts';

const storageKey = 'basket.v1';

/** The basket outlives a reload (localStorage) and is shared by every tab of the portal. */
export interface BasketStore {
  items(): readonly BasketItem[];
  add(item: BasketItem): void;
  remove(key: string): void;
  removeSeats(seatIds: ReadonlySet<string>): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

export function createBasketStore(storage: Storage | undefined = globalThis.localStorage): BasketStore {
  let items: readonly BasketItem[] = read(storage);
  const listeners = new Set<() => void>();
  const set = (next: readonly BasketItem[]) => {
    items = next;
    try {
      storage?.setItem(storageKey, JSON.stringify(next));
    } catch {
      // kept in memory for this visit
    }
    for (const listener of listeners) listener();
  };
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.key !== storageKey) return;
    items = read(storage);
    for (const listener of listeners) listener();
  });
  return {
    items: () => items,
    add: (item) => set(addItem(items, item)),
    remove: (key) => set(items.filter((item) => item.key !== key)),
    removeSeats: (seatIds) => set(withoutSeats(items, seatIds)),
    clear: () => set([]),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function read(storage: Storage | undefined): readonly BasketItem[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(storageKey) ?? '[]');
    return Array.isArray(parsed) ? (parsed as BasketItem[]) : [];
  } catch {
    return [];
  }
}

const BasketContext = createContext<BasketStore | null>(null);

export function BasketProvider({ children, store }: { children: ReactNode; store?: BasketStore }) {
  const value = useMemo(() => store ?? createBasketStore(), [store]);
  return <BasketContext.Provider value={value}>{children}</BasketContext.Provider>;
}

export function useBasket(): { items: readonly BasketItem[]; store: BasketStore } {
  const store = useContext(BasketContext);
  if (!store) throw new Error('useBasket needs a BasketProvider');
  const items = useSyncExternalStore(store.subscribe, store.items);
  return { items, store };
}
