// The scale of a chart: an axis that ends on a round number, with round ticks, so a
// person can read a bar against it. Pure arithmetic, tested.

/** The smallest "nice" number (1, 2, 2.5, 5 × 10^n) at or above `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value - 1e-9) ?? 10;
  return step * power;
}

/** Ticks from the lower to the upper end of an axis that holds every value, zero included. */
export function axisTicks(values: readonly number[], count = 4): { min: number; max: number; ticks: number[] } {
  const high = Math.max(0, ...values);
  const low = Math.min(0, ...values);
  const step = niceCeiling((high - low) / count || 1);
  const max = Math.ceil(high / step) * step || step;
  const min = Math.floor(low / step) * step;
  const ticks: number[] = [];
  for (let tick = min; tick <= max + step / 2; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return { min, max, ticks };
}

/** Where a value sits along an axis of `length` units. */
export const position = (value: number, min: number, max: number, length: number): number => (max === min ? 0 : ((value - min) / (max - min)) * length);
