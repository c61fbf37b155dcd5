import { addDays, instantToWall } from '../shared/wall-time.ts';

// Where each session of a hall sits in a week view: which day column, from which
// minute to which, on the venue's wall clock. A session running past midnight is
// drawn to the end of its first day (the hall is one room: nothing else fits there).

export interface Timed {
  id: string;
  startsAt: string;
  endsAt: string;
}

export interface Block<T extends Timed> {
  item: T;
  /** 0 = Monday. */
  day: number;
  startMinute: number;
  endMinute: number;
  /** Runs on past midnight. */
  continues: boolean;
}

const minuteOfDay = (wall: string) => Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16));

/** The seven wall dates of the week that starts on `monday`. */
export const weekDays = (monday: string): string[] => Array.from({ length: 7 }, (_, day) => addDays(monday, day));

export function layOutWeek<T extends Timed>(items: readonly T[], monday: string, timeZone: string): Block<T>[] {
  const days = weekDays(monday);
  return items.flatMap((item) => {
    const start = instantToWall(item.startsAt, timeZone);
    const end = instantToWall(item.endsAt, timeZone);
    const day = days.indexOf(start.slice(0, 10));
    if (day < 0) return [];
    const startMinute = minuteOfDay(start);
    const sameDay = end.slice(0, 10) === start.slice(0, 10);
    const endMinute = sameDay ? Math.max(startMinute + 1, minuteOfDay(end)) : 24 * 60;
    return [{ item, day, startMinute, endMinute, continues: !sameDay }];
  });
}

/** The hours the grid shows: the working day, widened to every session of the week. */
export function visibleHours(blocks: readonly Block<Timed>[], workday = { from: 8, to: 24 }): { from: number; to: number } {
  let from = workday.from;
  let to = workday.to;
  for (const block of blocks) {
    from = Math.min(from, Math.floor(block.startMinute / 60));
    to = Math.max(to, Math.ceil(block.endMinute / 60));
  }
  return { from, to: Math.min(24, to) };
}

/** The wall time a click at `fraction` (0..1) of a day column points at, rounded to 15 minutes. */
export function wallTimeAt(date: string, hours: { from: number; to: number }, fraction: number): string {
  const minutes = hours.from * 60 + Math.max(0, Math.min(1, fraction)) * (hours.to - hours.from) * 60;
  const rounded = Math.min(24 * 60 - 15, Math.round(minutes / 15) * 15);
  const hh = String(Math.floor(rounded / 60)).padStart(2, '0');
  const mm = String(rounded % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}`;
}
