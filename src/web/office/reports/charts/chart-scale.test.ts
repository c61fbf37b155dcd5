import { describe, expect, it } from 'vitest';
import { axisTicks, niceCeiling, position } from './chart-scale.ts';

describe('chart scales', () => {
  it('rounds an axis up to a number a person reads at a glance', () => {
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(180)).toBe(200);
    expect(niceCeiling(2300)).toBe(2500);
    expect(niceCeiling(0)).toBe(1);
  });

  it('ticks from zero to just above the largest value', () => {
    expect(axisTicks([120_000, 45_000, 90_500])).toEqual({ min: 0, max: 150_000, ticks: [0, 50_000, 100_000, 150_000] });
    expect(axisTicks([])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });

  it('reaches below zero when returns outweigh sales', () => {
    const axis = axisTicks([-3000, 9000]);
    expect(axis.min).toBeLessThan(0);
    expect(axis.ticks).toContain(0);
    expect(position(0, axis.min, axis.max, 100)).toBeGreaterThan(0);
  });
});
