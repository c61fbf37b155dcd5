import { useState } from 'react';

// The box office a cashier sits at, written on every payment they take. Remembered on
// this computer, since it is the computer that stands at that box office.

const storageKey = 'office.pointOfSale';

export function usePointOfSale(): [string, (value: string) => void] {
  const [value, setValue] = useState(() => {
    try {
      return globalThis.localStorage?.getItem(storageKey) ?? '';
    } catch {
      return '';
    }
  });
  const remember = (next: string) => {
    setValue(next);
    try {
      globalThis.localStorage?.setItem(storageKey, next);
    } catch {
      // not remembered: still used for this visit
    }
  };
  return [value, remember];
}
