import { describe, expect, it } from 'vitest';
import { dayRange, startOfDay } from './day-range.ts';
import { parseRoubles, roublesText } from './money-input.ts';

describe('amounts typed at the box office', () => {
  it('reads roubles as people write them, in kopecks, without float errors', () => {
    expect(parseRoubles('1500')).toBe(150_000);
    expect(parseRoubles('1 500,50')).toBe(150_050);
    expect(parseRoubles('1500.5 ₽')).toBe(150_050);
    expect(parseRoubles('0,29')).toBe(29);
    expect(parseRoubles('12\u00a0345,07')).toBe(1_234_507);
  });

  it('refuses what is not a positive amount with at most two decimals', () => {
    for (const text of ['', '0', '0,00', '-5', '1,234', '1.2.3', 'abc', '1e3']) expect(parseRoubles(text), text).toBeNull();
  });

  it('writes kopecks back as the field shows them', () => {
    expect(roublesText(150_000)).toBe('1500');
    expect(roublesText(150_050)).toBe('1500,50');
    expect(roublesText(7)).toBe('0,07');
  });
});

describe('day filters', () => {
  it('include both days: from the start of the first to the start of the day after the last', () => {
    const range = dayRange('2026-06-01', '2026-06-03');
    expect(new Date(range.from!).getDate()).toBe(1);
    expect(new Date(range.from!).getHours()).toBe(0);
    expect(new Date(range.to!).getDate()).toBe(4);
    expect(new Date(range.to!).getHours()).toBe(0);
    expect(dayRange(undefined, undefined)).toEqual({});
    expect(dayRange('2026-12-31', '2026-12-31').to).toBe(new Date(2027, 0, 1).toISOString());
    expect(startOfDay('2026-02-28')).toBe(new Date(2026, 1, 28).toISOString());
  });
});
