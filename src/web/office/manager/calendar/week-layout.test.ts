import { describe, expect, it } from 'vitest';
import { layOutWeek, visibleHours, wallTimeAt, weekDays } from './week-layout.ts';

const session = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt });

describe('the week view of a hall', () => {
  it('puts a session in its day column on the venue wall clock', () => {
    const blocks = layOutWeek([session('a', '2026-11-18T16:00:00Z', '2026-11-18T18:10:00Z')], '2026-11-16', 'Europe/Moscow');
    expect(blocks).toEqual([{ item: expect.objectContaining({ id: 'a' }), day: 2, startMinute: 19 * 60, endMinute: 21 * 60 + 10, continues: false }]);
  });

  it('uses the venue day, not the UTC day, and leaves out other weeks', () => {
    const blocks = layOutWeek(
      [session('late', '2026-11-22T22:30:00Z', '2026-11-23T00:30:00Z'), session('next', '2026-11-23T10:00:00Z', '2026-11-23T12:00:00Z')],
      '2026-11-16',
      'Europe/Moscow',
    );
    expect(blocks.map((block) => block.item.id)).toEqual([]);
    const sunday = layOutWeek([session('sun', '2026-11-22T19:30:00Z', '2026-11-22T22:00:00Z')], '2026-11-16', 'Europe/Moscow');
    expect(sunday[0]).toMatchObject({ day: 6, startMinute: 22 * 60 + 30, endMinute: 24 * 60, continues: true });
  });

  it('widens the hours to the earliest session and rounds a click to 15 minutes', () => {
    const blocks = layOutWeek([session('early', '2026-11-16T03:00:00Z', '2026-11-16T05:00:00Z')], '2026-11-16', 'Europe/Moscow');
    expect(visibleHours(blocks)).toEqual({ from: 6, to: 24 });
    expect(wallTimeAt('2026-11-17', { from: 8, to: 24 }, 0.5)).toBe('2026-11-17T16:00');
    expect(wallTimeAt('2026-11-17', { from: 8, to: 24 }, 0.51)).toBe('2026-11-17T16:15');
    expect(weekDays('2026-11-16')).toHaveLength(7);
  });
});
