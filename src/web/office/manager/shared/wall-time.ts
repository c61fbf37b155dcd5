// A venue's schedule is read and written on the venue's own wall clock, whatever the
// time zone of the manager's browser: these turn "2026-03-02T19:00" in Europe/Moscow
// into the instant the API takes, and back. Pure: no clock, only Intl.

const partsFormat = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormat.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormat.set(timeZone, format);
  }
  return format;
}

/** The wall clock of an instant in a zone, as milliseconds of a UTC date with the same digits. */
function wallMillis(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatIn(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

const wallPattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * "2026-03-02T19:00" (or a date alone: its midnight) on the wall clock of `timeZone`
 * as an ISO instant; null when the text is not a wall time. In a spring-forward gap
 * the time moves on by the gap, as clocks do.
 */
export function wallToInstant(wall: string, timeZone: string): string | null {
  const match = wallPattern.exec(wall);
  if (!match) return null;
  const [, year, month, day, hour = '0', minute = '0'] = match;
  const asUtc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
  if (Number.isNaN(asUtc)) return null;
  // The offset at the guess, then at the corrected instant: right on both sides of a change.
  let instant = asUtc - (wallMillis(asUtc, timeZone) - asUtc);
  instant = asUtc - (wallMillis(instant, timeZone) - instant);
  return new Date(instant).toISOString();
}

/** An instant as "YYYY-MM-DDTHH:mm" on the wall clock of `timeZone`: what a datetime-local input shows. */
export function instantToWall(iso: string | Date, timeZone: string): string {
  return new Date(wallMillis(new Date(iso).getTime(), timeZone)).toISOString().slice(0, 16);
}

/** The wall date ("YYYY-MM-DD") a number of days after another. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

/** The Monday of the week a wall date falls in (weeks start on Monday in Russia). */
export function mondayOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}
