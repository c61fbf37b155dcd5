import { badRequest } from '../../../shared/errors.ts';
import type { Validity, VisitSlot } from './priced-line.ts';
import { isPositiveCount, lineField, refuse } from './refuse.ts';
import type { VisitChoice, VisitRules } from './types.ts';
import { boundToWallClock, isWallDate, isWallTime, toWallClock, wallDate, withSeconds } from './wall-clock.ts';

export type ValidVisit = { readonly validity: Validity; readonly visit: VisitSlot };

/**
 * Seed 002's date flags: IsNeedVisitDate / IsNeedVisitTime demand a date / time;
 * ActiveKindId 1 and 2 need ActiveDays (the ticket's validity is returned for
 * printing); kind 3 keeps the visit inside DtBegin-DtEnd, compared as wall-clock
 * text in the venue's zone. A visit in the past is refused too. Without a date,
 * a kind-3 service is refused only once its window is over (any later day fits).
 */
export function validateVisitDate(rules: VisitRules, choice: VisitChoice, now: Date, lineIndex: number): ValidVisit {
  const dateField = lineField(lineIndex, 'visitDate');
  const timeField = lineField(lineIndex, 'visitTime');
  const date = choice.visitDate ?? null;
  const time = choice.visitTime ?? null;
  if (date !== null && !isWallDate(date)) throw badRequest('visit_date_invalid', `"${date}" is not a date YYYY-MM-DD`, { field: dateField });
  if (time !== null && !isWallTime(time)) throw badRequest('visit_time_invalid', `"${time}" is not a time HH:MM`, { field: timeField });
  if (rules.isNeedVisitDate && date === null) throw refuse('IsNeedVisitDate', 'this service needs a visit date', dateField);
  if (rules.isNeedVisitTime && time === null) throw refuse('IsNeedVisitTime', 'this service needs a visit time', timeField);
  if (time !== null && date === null) throw badRequest('visit_date_invalid', 'a visit time needs a visit date', { field: dateField });

  const nowLocal = toWallClock(now, rules.venueTimeZone);
  const visitAt = date !== null && time !== null ? `${date}T${withSeconds(time)}` : null;
  if (date !== null && date < wallDate(nowLocal)) throw refuse('visit_date_past', `${date} has passed`, dateField);
  if (visitAt !== null && visitAt < nowLocal) throw refuse('visit_date_past', `${visitAt} has passed`, timeField);

  const visit: VisitSlot = { date, time: time === null ? null : withSeconds(time) };
  return { validity: validityOf(rules, { date, visitAt, nowLocal }, lineIndex), visit };
}

type VisitMoment = { readonly date: string | null; readonly visitAt: string | null; readonly nowLocal: string };

function validityOf(rules: VisitRules, moment: VisitMoment, lineIndex: number): Validity {
  const serviceField = lineField(lineIndex, 'serviceId');
  switch (rules.activeKindId) {
    case 1:
    case 2: {
      const days = rules.activeDays;
      if (!isPositiveCount(days)) {
        throw refuse('ActiveKindId', `ActiveKindId ${rules.activeKindId} needs ActiveDays of at least 1`, serviceField);
      }
      return rules.activeKindId === 1 ? { kind: 'days_from_payment', days } : { kind: 'days_from_first_visit', days };
    }
    case 3:
      return windowValidity(rules, moment, lineIndex);
    default:
      throw refuse('ActiveKindId', `unknown ActiveKindId ${rules.activeKindId}`, serviceField);
  }
}

function windowValidity(rules: VisitRules, moment: VisitMoment, lineIndex: number): Validity {
  if (!rules.dtBegin || !rules.dtEnd) {
    throw refuse('ActiveKindId', 'ActiveKindId 3 needs DtBegin and DtEnd', lineField(lineIndex, 'serviceId'));
  }
  const from = boundToWallClock(rules.dtBegin, rules.venueTimeZone, false);
  const to = boundToWallClock(rules.dtEnd, rules.venueTimeZone, true);
  const extra = { dtBegin: from, dtEnd: to, timeZone: rules.venueTimeZone };
  const outside = (field: string, what: string) =>
    refuse('ActiveKindId', `${what} is outside ${from} - ${to} (${rules.venueTimeZone})`, lineField(lineIndex, field), extra);
  if (moment.date === null) {
    if (moment.nowLocal > to) throw outside('serviceId', `today (${moment.nowLocal})`);
  } else if (moment.date < wallDate(from) || moment.date > wallDate(to)) {
    throw outside('visitDate', moment.date);
  } else if (moment.visitAt !== null && (moment.visitAt < from || moment.visitAt > to)) {
    throw outside('visitTime', moment.visitAt);
  }
  return { kind: 'within_window', from, to, timeZone: rules.venueTimeZone };
}
