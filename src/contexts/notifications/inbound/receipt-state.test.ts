import { describe, expect, it } from 'vitest';
import { combineReceipts } from './receipt-state.ts';

describe('combineReceipts', () => {
  it('is delivered only when every part is', () => {
    expect(combineReceipts(['delivered', 'delivered', 'accepted'])).toBe('delivered');
    expect(combineReceipts(['delivered', null])).toBe('enroute');
    expect(combineReceipts(['delivered', 'enroute'])).toBe('enroute');
  });

  it('takes the failure of any part as the failure of the text', () => {
    expect(combineReceipts(['delivered', 'undeliverable', null])).toBe('undeliverable');
    expect(combineReceipts(['expired'])).toBe('expired');
  });

  it('knows nothing before the first receipt', () => {
    expect(combineReceipts([null, null])).toBeNull();
    expect(combineReceipts([])).toBeNull();
  });
});
