import { badRequest } from '../../../shared/errors.ts';

/**
 * Visit dates are the venue's wall-clock dates, so comparisons happen on
 * "YYYY-MM-DDTHH:MM:SS" text in the venue's zone: fixed-width text compares in
 * time order, and no instant arithmetic can slip across a DST change or midnight.
 */
export type WallClock = string;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?$/;

export const isWallDate = (text: string): boolean => DATE.test(text) && isRealDate(text);
export const isWallTime = (text: string): boolean => TIME.test(text);

function isRealDate(text: string): boolean {
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
}

/** "10:30" -> "10:30:00". */
export const withSeconds = (time: string): string => (time.length === 5 ? `${time}:00` : time);

export const wallDate = (at: WallClock): string => at.slice(0, 10);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw badRequest('time_zone_invalid', `"${timeZone}" is not an IANA time zone`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in `timeZone`. */
export function toWallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/**
 * A catalog bound (DtBegin/DtEnd): wall-clock text is taken as is (a bare date is
 * its midnight, or its last second for an end); an instant is read in the zone.
 */
export function boundToWallClock(bound: string | Date, timeZone: string, end: boolean): WallClock {
  if (bound instanceof Date) return toWallClock(bound, timeZone);
  const match = DATE_TIME.exec(bound.trim());
  if (!match || !isWallDate(match[1] ?? '') || (match[2] !== undefined && !isWallTime(match[2]))) {
    throw badRequest('visit_window_invalid', `"${bound}" is not a wall-clock date-time`);
  }
  const time = match[2] ? withSeconds(match[2]) : end ? '23:59:59' : '00:00:00';
  return `${match[1]}T${time}`;
}
