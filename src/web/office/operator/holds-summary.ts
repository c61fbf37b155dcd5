import type { HeldUnit } from './requests-api.ts';

// A hold of a group of 40 is 40 rows; an operator wants "Сектор A101: 40 мест до 12:30".

export interface HoldGroup {
  kind: HeldUnit['kind'];
  eventId: string | null;
  zoneId: string | null;
  serviceId: string | null;
  status: HeldUnit['status'];
  heldUntil: string | null;
  count: number;
  /** Place or unit numbers, for general admission and goods. */
  numbers: number[];
}

/** The held units grouped by what they are and until when, in the order first seen. */
export function groupHolds(holds: readonly HeldUnit[]): HoldGroup[] {
  const groups = new Map<string, HoldGroup>();
  for (const unit of holds) {
    const key = [unit.kind, unit.eventId, unit.zoneId, unit.serviceId, unit.status, unit.heldUntil].join('|');
    let group = groups.get(key);
    if (!group) {
      group = { kind: unit.kind, eventId: unit.eventId, zoneId: unit.zoneId, serviceId: unit.serviceId, status: unit.status, heldUntil: unit.heldUntil, count: 0, numbers: [] };
      groups.set(key, group);
    }
    group.count += 1;
    const number = unit.placeNo ?? unit.unitNo;
    if (number !== null) group.numbers.push(number);
  }
  return [...groups.values()];
}

/** "1–5, 8, 10–11": numbers read as ranges. */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let previous = start;
  for (const value of [...sorted.slice(1), undefined]) {
    if (value !== undefined && previous !== undefined && value === previous + 1) {
      previous = value;
      continue;
    }
    if (start !== undefined && previous !== undefined) parts.push(start === previous ? String(start) : `${start}–${previous}`);
    start = value;
    previous = value;
  }
  return parts.join(', ');
}
