/**
 * Demo schedules are written in the venue's wall clock ("in 3 days at 19:00 in
 * Moscow"), whatever the time zone of the machine that loads them.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** The offset of `timeZone` from UTC at `instant`, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(instant.getTime() / 60_000) * 60_000;
}

/**
 * The instant when the wall clock of `timeZone` shows `time` ("HH:MM") on the day
 * `daysAhead` days after the local date of `now`.
 */
export function venueTime(now: Date, timeZone: string, daysAhead: number, time: string): Date {
  const today = partsIn(now, timeZone);
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(today.year, today.month - 1, today.day + daysAhead, hour, minute);
  // Two passes settle the offset even on a day when the clocks change.
  const guess = wall - offsetAt(new Date(wall), timeZone);
  return new Date(wall - offsetAt(new Date(guess), timeZone));
}

/** The venue's local date ("YYYY-MM-DD") of an instant. */
export function venueDate(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export const addMinutes = (at: Date, minutes: number): Date => new Date(at.getTime() + minutes * 60_000);
