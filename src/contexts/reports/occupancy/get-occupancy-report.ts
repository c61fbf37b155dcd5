import type { Db } from '../../../server/db/types.ts';
import type { OccupancyReport } from '../contracts.ts';
import { type PeriodQuery, periodViewOf, reportFilter } from '../shared/report-filter.ts';
import { occupancyOf, occupancyTotal } from './occupancy-figures.ts';
import { readEventUnits } from './occupancy-repository.ts';

/** Each scheduled event starting in the period: capacity, sold, held (at `now`), blocked, free, and how full. */
export async function getOccupancyReport(db: Db, query: PeriodQuery, now: Date): Promise<OccupancyReport> {
  const filter = await reportFilter(db, query);
  const events = (await readEventUnits(db, filter, now)).map((event) => ({ ...event, ...occupancyOf(event) }));
  return { period: periodViewOf(filter), at: now.toISOString(), events, totals: occupancyTotal(events) };
}
