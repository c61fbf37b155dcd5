import { badRequest } from '../../../shared/errors.ts';

// A report's period is whole calendar days, `from` to `to` inclusive, as the venue's wall
// clock shows them: "March" in Moscow begins at 00:00 Moscow time on the 1st, which is
// 21:00 UTC on the last day of February. The SQL turns the days into instants with each
// venue's own time zone; here are the rules that need no database. Pure.

export interface ReportPeriod {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD, included. */
  to: string;
}

/** Ten years: enough for any look back, and a bound on the work one request may ask for. */
export const maxPeriodDays = 3660;
/** A row per day: a year and a day, so a leap year fits. */
export const maxDailyRows = 366;

const DAY_MS = 86_400_000;

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** How many days the period covers, both ends included. */
export function periodDays(period: ReportPeriod): number {
  return dayNumber(period.to) - dayNumber(period.from) + 1;
}

/** 400 `period_invalid` when `to` comes before `from`; 400 `period_too_long` past `maxDays`. */
export function checkPeriod(period: ReportPeriod, maxDays = maxPeriodDays): ReportPeriod {
  const days = periodDays(period);
  if (days < 1) throw badRequest('period_invalid', 'The period ends before it begins: "to" must be on or after "from".', { field: 'query.to' });
  if (days > maxDays) {
    throw badRequest('period_too_long', `A period of at most ${maxDays} days can be reported at once.`, { field: 'query.to', extra: { maxDays } });
  }
  return period;
}

/** Every day of the period in order, so a daily chart has no gaps on days nothing sold. */
export function daysOf(period: ReportPeriod): string[] {
  const first = dayNumber(period.from);
  return Array.from({ length: periodDays(period) }, (_, index) => new Date((first + index) * DAY_MS).toISOString().slice(0, 10));
}
