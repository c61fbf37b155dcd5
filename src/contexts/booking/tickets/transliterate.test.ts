import { describe, expect, it } from 'vitest';
import { transliterate } from './transliterate.ts';

describe('a ticket without a Cyrillic font', () => {
  it('spells Russian in Latin letters, keeping case', () => {
    expect(transliterate('Ряд / Row')).toBe('Ryad / Row');
    expect(transliterate('Щёлково, Цирк, ЖК «Юг»')).toBe('Shhyolkovo, Czirk, ZhK "Yug"');
  });

  it('keeps digits and punctuation, and spells out the rouble and number signs', () => {
    expect(transliterate('1\u00a0500,00\u00a0₽ — № 37')).toBe('1\u00a0500,00\u00a0RUB — No. 37');
    expect(transliterate('漢')).toBe('?');
  });
});
