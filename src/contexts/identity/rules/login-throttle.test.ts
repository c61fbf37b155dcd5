import { describe, expect, it } from 'vitest';
import { blockSecondsAfter, loginKey, loginPolicy } from './login-throttle.ts';

describe('login throttling', () => {
  it('lets the first four failures go and blocks from the fifth, doubling each time', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => blockSecondsAfter(n, loginPolicy));
    expect(delays).toEqual([0, 0, 0, 0, 30, 60, 120, 240]);
  });

  it('never blocks longer than an hour', () => {
    expect(blockSecondsAfter(100, loginPolicy)).toBe(3600);
  });

  it('counts a login however it is typed', () => {
    expect(loginKey(' Ivanov ')).toBe(loginKey('ivanov'));
  });
});
