// The reports context: read models over the other contexts' tables (ADR 0008) for the
// back office: the most profitable film, sales, occupancy and balances, as JSON or CSV.
// The only door other contexts (and the server wiring) use.
import type { ContextModule } from '../../server/contexts.ts';
import { reportsRoutes } from './routes.ts';

export const reportsModule: ContextModule = { name: 'reports', routes: reportsRoutes };

export { getBestFilm } from './best-film/get-best-film.ts';
export { getSalesReport } from './sales/get-sales-report.ts';
export { getOccupancyReport } from './occupancy/get-occupancy-report.ts';
export { getBalancesReport } from './balances/get-balances-report.ts';
export type { PeriodQuery } from './shared/report-filter.ts';
export * from './contracts.ts';
