import { describe, expect, it } from 'vitest';
import { maskDocument, normalizeDocument } from './document.ts';

describe('identity documents', () => {
  it('masks a Russian passport as "45 ** ****78"', () => {
    expect(maskDocument({ series: '4512', number: '345678' })).toBe('45 ** ****78');
  });

  it('accepts a passport typed with spaces and keeps it compact', () => {
    expect(normalizeDocument({ type: 'passport_ru', series: '45 12', number: '345 678' })).toEqual({ type: 'passport_ru', series: '4512', number: '345678' });
  });

  it('names the part at fault', () => {
    expect(normalizeDocument({ type: 'passport_ru', series: '451', number: '345678' })).toMatchObject({ part: 'series' });
    expect(normalizeDocument({ type: 'passport_ru', series: '4512', number: '34567' })).toMatchObject({ part: 'number' });
  });

  it('accepts a birth certificate series with a dash', () => {
    expect(normalizeDocument({ type: 'birth_certificate', series: 'IV-АБ', number: '123456' })).toMatchObject({ series: 'IVАБ' });
  });

  it('shows a document with no series by its number only', () => {
    expect(maskDocument({ series: '', number: 'AB123456' })).toBe('******56');
  });
});
