import { describe, expect, it } from 'vitest';
import { parseRoubles, roublesText } from './money-input.ts';

describe('prices typed in roubles', () => {
  it('reads roubles with a comma or a dot, spaces and the sign, exactly', () => {
    expect(parseRoubles('1 250,50')).toBe(125_050);
    expect(parseRoubles('350')).toBe(35_000);
    expect(parseRoubles('0.29')).toBe(29);
    expect(parseRoubles('12,5 ₽')).toBe(1250);
  });

  it('refuses what is not a price', () => {
    expect(parseRoubles('')).toBeNull();
    expect(parseRoubles('-5')).toBeNull();
    expect(parseRoubles('1.234')).toBeNull();
    expect(parseRoubles('abc')).toBeNull();
  });

  it('shows kopecks as an input holds them', () => {
    expect(roublesText(35_000)).toBe('350');
    expect(roublesText(125_005)).toBe('1250.05');
  });
});
