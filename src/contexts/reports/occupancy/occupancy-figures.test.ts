import { describe, expect, it } from 'vitest';
import { occupancyOf, occupancyTotal } from './occupancy-figures.ts';

describe('occupancy of an event', () => {
  it('frees what is neither sold, held nor blocked, and gives the sold share to one decimal', () => {
    expect(occupancyOf({ capacity: 30, sold: 10, held: 5, blocked: 2 })).toEqual({ capacity: 30, sold: 10, held: 5, blocked: 2, free: 13, occupancyPercent: 33.3 });
    expect(occupancyOf({ capacity: 3, sold: 2, held: 0, blocked: 0 }).occupancyPercent).toBe(66.7);
    expect(occupancyOf({ capacity: 8, sold: 8, held: 0, blocked: 0 }).occupancyPercent).toBe(100);
  });

  it('is 0 % for an event with nothing on sale', () => {
    expect(occupancyOf({ capacity: 0, sold: 0, held: 0, blocked: 0 })).toMatchObject({ free: 0, occupancyPercent: 0 });
  });

  it('totals events as one, not as the average of their percentages', () => {
    expect(occupancyTotal([{ capacity: 10, sold: 10, held: 0, blocked: 0 }, { capacity: 90, sold: 0, held: 0, blocked: 0 }])).toMatchObject({ capacity: 100, sold: 10, free: 90, occupancyPercent: 10 });
  });
});
