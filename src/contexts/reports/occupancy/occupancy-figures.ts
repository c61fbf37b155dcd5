// What is free of an event and how full it is. Pure.

export interface UnitCounts {
  capacity: number;
  sold: number;
  held: number;
  blocked: number;
}

export interface Occupancy extends UnitCounts {
  free: number;
  /** Sold of capacity, per cent, to one decimal (half away from zero); 0 for an event with nothing on sale. */
  occupancyPercent: number;
}

export function occupancyOf(counts: UnitCounts): Occupancy {
  const free = Math.max(0, counts.capacity - counts.sold - counts.held - counts.blocked);
  // Tenths of a per cent in whole numbers, so 1 of 3 is 33.3 and never 33.300000000000004.
  const tenths = counts.capacity === 0 ? 0 : Math.round((counts.sold * 1000) / counts.capacity);
  return { capacity: counts.capacity, sold: counts.sold, held: counts.held, blocked: counts.blocked, free, occupancyPercent: tenths / 10 };
}

export function occupancyTotal(rows: readonly UnitCounts[]): Occupancy {
  const sum = (pick: (row: UnitCounts) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return occupancyOf({ capacity: sum((r) => r.capacity), sold: sum((r) => r.sold), held: sum((r) => r.held), blocked: sum((r) => r.blocked) });
}
