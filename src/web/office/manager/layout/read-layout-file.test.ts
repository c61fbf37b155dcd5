import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLayoutFile, serverPath } from './read-layout-file.ts';

describe('reading a layout file for its preview', () => {
  it('lays out every hall of the example venue file in seat order', () => {
    const read = readLayoutFile(readFileSync('docs/examples/small-venue.json', 'utf8'));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const [hall1] = read.candidates;
    expect(hall1?.name).toBe('Зал 1');
    expect(hall1?.problems).toEqual([]);
    // 8 rows of 16, a row of 8 with an aisle, a VIP row of 8.
    expect(hall1?.seats).toHaveLength(8 * 16 + 8 + 8);
    expect(hall1?.zones.map((zone) => [zone.code, zone.rows, zone.seats])).toEqual([['std', 9, 136], ['vip', 1, 8]]);
    expect(hall1?.seats[0]).toMatchObject({ rowLabel: '1', seatLabel: '1', x: 0, y: 0, ordinal: 0 });
  });

  it('reads a hall layout alone and keeps the file as written for the server', () => {
    const text = JSON.stringify({ zones: [{ code: 'dance', name: 'Танцпол', kind: 'general_admission', capacity: 500 }, { code: 'a', name: 'A', kind: 'seated', rows: [{ row: '1', seats: 3 }] }] });
    const read = readLayoutFile(text);
    if (!read.ok) throw new Error('not read');
    expect(read.candidates[0]?.layout).toEqual(JSON.parse(text));
    expect(read.candidates[0]?.zones[0]).toMatchObject({ capacity: 500, seats: 0 });
    expect(read.candidates[0]?.seats.map((seat) => seat.seatLabel)).toEqual(['1', '2', '3']);
  });

  it('names the line and column of a JSON mistake, and the path of a seat given twice', () => {
    const broken = readLayoutFile('{\n  "zones": [\n    { "code": "a" "name": "A" }\n  ]\n}');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]?.where).toMatch(/^line 3, column \d+$/);
    const twice = readLayoutFile(JSON.stringify({ zones: [{ code: 'a', name: 'A', kind: 'seated', rows: [{ row: '1', seats: 2 }, { row: '1', seats: ['2'] }] }] }));
    if (!twice.ok) throw new Error('not read');
    expect(twice.candidates[0]?.problems).toEqual([{ where: 'zones[0].rows[1].seats', message: 'seat "2" of row "1" is already in this zone (rows[0])' }]);
  });

  it('turns a server field into the same path', () => {
    expect(serverPath('zones.0.rows.5.seats')).toBe('zones[0].rows[5].seats');
  });
});
