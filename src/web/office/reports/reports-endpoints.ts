import type { BalancesReport, BestFilmReport, OccupancyReport, SalesGrouping, SalesReport } from '../../../contexts/reports/contracts.ts';
import { api, withQuery } from '../../api.ts';
import type { Lang } from '../../i18n/lang.ts';

// The reports API: JSON for the pages, and the same report as a CSV file at `<path>.csv`
// (the browser downloads it as it is, with the session cookie).

export type { BalancesReport, BestFilmReport, OccupancyReport, SalesGrouping, SalesReport };

export interface Period {
  from: string;
  to: string;
  venueId?: string | undefined;
}

const query = (period: Period) => ({ from: period.from, to: period.to, venueId: period.venueId || undefined });

export const getBestFilm = (period: Period) => api.get<BestFilmReport>('/api/reports/best-film', { query: query(period) });
export const getSales = (period: Period, groupBy: SalesGrouping) => api.get<SalesReport>('/api/reports/sales', { query: { ...query(period), groupBy } });
export const getOccupancy = (period: Period) => api.get<OccupancyReport>('/api/reports/occupancy', { query: query(period) });
export const getBalances = () => api.get<BalancesReport>('/api/reports/balances');

/** The link that downloads a report as CSV, headers in the page's language. */
export const csvLink = (report: 'best-film' | 'sales' | 'occupancy' | 'balances', lang: Lang, period?: Period, extra: Record<string, string> = {}) =>
  withQuery(`/api/reports/${report}`, { ...(period ? query(period) : {}), ...extra, format: 'csv', lang });
