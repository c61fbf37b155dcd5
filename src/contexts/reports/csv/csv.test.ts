import { describe, expect, it } from 'vitest';
import { csvField, moneyColumns, roublesOf, toCsv } from './csv.ts';

describe('CSV for spreadsheets', () => {
  it('starts with a UTF-8 BOM, has a header row and ends every line with CRLF', () => {
    const csv = toCsv([{ header: 'Фильм', kind: 'text', value: (row: { title: string }) => row.title }], [{ title: 'Дюна' }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe('Фильм\r\nДюна\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes a field only when it holds a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Москва, Тверская')).toBe('"Москва, Тверская"');
    expect(csvField('Фильм «Дюна» "IMAX"')).toBe('"Фильм «Дюна» ""IMAX"""');
    expect(csvField('две\r\nстроки')).toBe('"две\r\nстроки"');
    expect(csvField('')).toBe('');
  });

  it('keeps a text cell that looks like a formula as text, and leaves negative numbers alone', () => {
    const csv = toCsv(
      [
        { header: 'title', kind: 'text', value: (row: { title: string; amount: string }) => row.title },
        { header: 'amount', kind: 'number', value: (row: { title: string; amount: string }) => row.amount },
      ],
      [{ title: '=HYPERLINK("http://x","y")', amount: '-12.50' }],
    );
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"",""y"")",-12.50`);
  });

  it('writes an empty cell for null', () => {
    expect(toCsv([{ header: 'a', kind: 'text', value: () => null }], [{}]).slice(1)).toBe('a\r\n\r\n');
  });

  it('writes kopecks as roubles with two decimals, exactly', () => {
    expect(roublesOf(0)).toBe('0.00');
    expect(roublesOf(5)).toBe('0.05');
    expect(roublesOf(123_450)).toBe('1234.50');
    expect(roublesOf(-5)).toBe('-0.05');
    expect(roublesOf(-123_456)).toBe('-1234.56');
    expect(roublesOf(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
    expect(() => roublesOf(1.5)).toThrow();
  });

  it('gives every amount a roubles column and a kopecks column', () => {
    const columns = moneyColumns<{ minor: number }>({ roubles: 'Сбор, руб.', kopecks: 'Сбор, коп.' }, (row) => row.minor);
    expect(toCsv(columns, [{ minor: 45_000 }]).slice(1)).toBe('"Сбор, руб.","Сбор, коп."\r\n450.00,45000\r\n');
  });
});
