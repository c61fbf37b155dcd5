import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactRows } from './compact-rows.ts';
import { expandLayout } from './expand-layout.ts';
import { formatJsonPath, parseVenueFile } from './parse-venue-file.ts';
import { zoneLayout } from './venue-file.ts';

const venue = { kind: 'stadium', name: 'Стадион' };
const seated = (rows: unknown[], code = 'a') => ({ code, name: `Сектор ${code}`, kind: 'seated', rows });
const file = (halls: unknown[]) => JSON.stringify({ venue, halls }, null, 2);
const problemsOf = (text: string) => {
  const parsed = parseVenueFile(text);
  return parsed.ok ? [] : parsed.problems;
};

describe('reading a venue file', () => {
  it('accepts the example of docs/examples/small-venue.json', () => {
    const parsed = parseVenueFile(readFileSync(new URL('../../../../docs/examples/small-venue.json', import.meta.url), 'utf8'));
    expect(parsed.ok && parsed.seatsByHall.map((seats) => seats.length)).toEqual([144, 3]);
  });

  it('points at the line and column of a JSON syntax error', () => {
    expect(problemsOf('{\n  "venue": { "kind": "cinema", "name": "X" },\n  "halls": [ { "name": "A" "zones": [] } ]\n}')).toEqual([
      { where: 'line 3, column 28', message: expect.stringContaining('not valid JSON') },
    ]);
    expect(problemsOf('{\n  "venue": {')[0]?.where).toBe('line 2, column 13');
    expect(problemsOf('\uFEFF{"venue": {"kind": "museum", "name": "M"}}')).toEqual([]);
  });

  it('names the JSON path of a schema error', () => {
    const text = file([{ name: 'Арена', zones: [seated([{ row: '1', seats: 10 }]), seated([{ row: '1', seats: 10 }, { row: '2', seats: 'many' }], 'b')] }]);
    expect(problemsOf(text).map((p) => p.where)).toEqual(['halls[0].zones[1].rows[1].seats']);
    expect(problemsOf(file([{ name: 'Арена', zones: [{ code: 'dance', name: 'Танцпол', kind: 'general_admission' }] }]))[0]).toMatchObject({
      where: 'halls[0].zones[0].capacity',
    });
    expect(problemsOf(JSON.stringify({ venue: { ...venue, timeZone: 'Mars/Olympus' } }))[0]?.where).toBe('venue.timeZone');
    expect(problemsOf(JSON.stringify({ venue, hals: [] }))[0]?.message).toContain('hals');
  });

  it('finds a seat given twice, a zone code used twice and hall names used twice', () => {
    const twice = file([{ name: 'Арена', zones: [seated([{ row: '1', seats: 10 }, { row: '1', seats: ['10', '11'] }]), seated([{ row: '1', seats: 1 }])] }]);
    expect(problemsOf(twice)).toEqual([
      { where: 'halls[0].zones[0].rows[1].seats', message: 'seat "10" of row "1" is already in this zone (rows[0])' },
      { where: 'halls[0].zones[1].code', message: 'zone code "a" is already used by zones[0]' },
    ]);
    const sameName = file([{ name: 'A', zones: [seated([{ row: '1', seats: 1 }])] }, { name: 'A', zones: [seated([{ row: '1', seats: 1 }])] }]);
    expect(problemsOf(sameName).map((p) => p.where)).toEqual(['halls[1].name']);
  });

  it('formats paths as the file reads them', () => {
    expect(formatJsonPath(['halls', 0, 'zones', 2, 'rows', 5, 'seats'])).toBe('halls[0].zones[2].rows[5].seats');
    expect(formatJsonPath([])).toBe('(the whole file)');
  });
});

describe('compact rows', () => {
  const layout = (rows: unknown[]) => [zoneLayout.parse(seated(rows))];

  it('repeat rows with consecutive labels, one line below another', () => {
    const { seats } = expandLayout(layout([{ row: '5', repeat: 3, seats: 4, x: 10, dx: 2 }]));
    expect(seats).toHaveLength(12);
    expect(seats.slice(3, 5)).toEqual([
      { zoneIndex: 0, rowLabel: '5', seatLabel: '4', ordinal: 3, x: 16, y: 0 },
      { zoneIndex: 0, rowLabel: '6', seatLabel: '1', ordinal: 4, x: 10, y: 1 },
    ]);
  });

  it('leave a gap for null and number seats from firstSeat', () => {
    const { seats } = expandLayout(layout([{ row: 'A', seats: ['1', null, '2'] }, { row: 'B', seats: 3, firstSeat: 101 }]));
    expect(seats.map((s) => `${s.rowLabel}${s.seatLabel}@${s.x},${s.y}`)).toEqual(['A1@0,0', 'A2@2,0', 'B101@0,1', 'B102@1,1', 'B103@2,1']);
  });

  it('come back from stored seats as the same layout', () => {
    const original = layout([
      { row: '1', repeat: 2, seats: 20, x: 0.5, y: 2, dx: 0.75 },
      { row: '3', seats: ['1', '2', null, '3'] },
      { row: '4', seats: 5, firstSeat: 7, dy: 0.25 },
    ]);
    const { seats } = expandLayout(original);
    const again = expandLayout([zoneLayout.parse(seated(compactRows(seats)))]).seats;
    expect(again).toEqual(seats);
    expect(compactRows(seats)[0]).toEqual({ row: '1', seats: 20, x: 0.5, y: 2, dx: 0.75 });
  });
});
