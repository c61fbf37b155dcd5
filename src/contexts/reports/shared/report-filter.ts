import type { Db } from '../../../server/db/types.ts';
import { notFound } from '../../../shared/errors.ts';
import { checkPeriod, maxPeriodDays } from './report-period.ts';
import type { MovementFilter } from './ticket-movements-repository.ts';
import { findVenue } from './venues-repository.ts';

export interface PeriodQuery {
  from: string;
  to: string;
  venueId?: string | undefined;
}

/** The period and venue a report is asked for, checked: 400 for a bad period, 404 `venue_not_found`. */
export async function reportFilter(db: Db, query: PeriodQuery, maxDays = maxPeriodDays): Promise<MovementFilter> {
  const period = checkPeriod({ from: query.from, to: query.to }, maxDays);
  if (query.venueId && !(await findVenue(db, query.venueId))) {
    throw notFound('venue_not_found', 'There is no venue with this id.', { field: 'query.venueId' });
  }
  return { ...period, venueId: query.venueId ?? null };
}

export const periodViewOf = (filter: MovementFilter) => ({ from: filter.from, to: filter.to, venueId: filter.venueId });
