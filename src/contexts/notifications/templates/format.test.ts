import { describe, expect, it } from 'vitest';
import { clip, formatDateTime, formatMoney, plural } from './format.ts';

const NBSP = '\u00a0';

describe('formatMoney', () => {
  it('writes kopecks as roubles in Russian, with no-break spaces', () => {
    expect(formatMoney(123450, 'ru')).toBe(`1${NBSP}234,50${NBSP}₽`);
    expect(formatMoney(123450, 'ru').replace(/\u00a0/g, ' ')).toBe('1 234,50 ₽');
    expect(formatMoney(5, 'ru')).toBe(`0,05${NBSP}₽`);
    expect(formatMoney(100, 'ru')).toBe(`1,00${NBSP}₽`);
    expect(formatMoney(123456789012, 'ru')).toBe(`1${NBSP}234${NBSP}567${NBSP}890,12${NBSP}₽`);
  });

  it('writes kopecks as roubles in English', () => {
    expect(formatMoney(123450, 'en')).toBe('RUB 1,234.50');
    expect(formatMoney(0, 'en')).toBe('RUB 0.00');
    expect(formatMoney(99999, 'en')).toBe('RUB 999.99');
    expect(formatMoney(-150, 'en')).toBe('RUB -1.50');
    expect(formatMoney(-150, 'ru')).toBe(`-1,50${NBSP}₽`);
  });

  it('is exact where floating point is not (0.1 + 0.2 roubles)', () => {
    expect(formatMoney(10 + 20, 'en')).toBe('RUB 0.30');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'en')).toBe('RUB 90,071,992,547,409.91');
  });

  it('refuses fractions of a kopeck', () => {
    expect(() => formatMoney(12.5, 'ru')).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'en')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  const at = new Date('2025-05-12T16:30:00Z');
  it('shows the time in the venue zone', () => {
    expect(formatDateTime(at, 'Europe/Moscow', 'ru')).toBe('12 мая 2025, 19:30');
    expect(formatDateTime(at, 'Europe/Moscow', 'en')).toBe('12 May 2025, 19:30');
    expect(formatDateTime(at, 'Asia/Vladivostok', 'en')).toBe('13 May 2025, 02:30');
  });
});

describe('plural', () => {
  it('picks Russian word forms', () => {
    const forms = { one: 'билет', few: 'билета', many: 'билетов' };
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => plural(n, 'ru', forms))).toEqual([
      '1 билет', '2 билета', '5 билетов', '11 билетов', '21 билет', '22 билета', '25 билетов',
    ]);
    expect(plural(1, 'en', { one: 'ticket', many: 'tickets' })).toBe('1 ticket');
    expect(plural(3, 'en', { one: 'ticket', many: 'tickets' })).toBe('3 tickets');
  });
});

describe('clip', () => {
  it('keeps short texts and cuts long ones at a word', () => {
    expect(clip('  a  b\nc ', 10)).toBe('a b c');
    expect(clip('Нет свободных мест на выбранный сеанс', 20)).toBe('Нет свободных мест…');
  });
});
