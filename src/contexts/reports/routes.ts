import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../server/deps.ts';
import { getBalancesReport } from './balances/get-balances-report.ts';
import { getBestFilm } from './best-film/get-best-film.ts';
import { balancesQuery, balancesReport, bestFilmQuery, bestFilmReport, occupancyQuery, occupancyReport, salesQuery, salesReport } from './contracts.ts';
import { balancesCsv } from './csv/balances-csv.ts';
import { bestFilmCsv } from './csv/best-film-csv.ts';
import { csvContentType } from './csv/csv.ts';
import { occupancyCsv } from './csv/occupancy-csv.ts';
import { salesCsv } from './csv/sales-csv.ts';
import { getOccupancyReport } from './occupancy/get-occupancy-report.ts';
import { getSalesReport } from './sales/get-sales-report.ts';

// Each report answers JSON, or the same figures as a CSV file with `format=csv` or at the
// same path ending in `.csv` (a link the browser downloads as it is).

const config = { access: ['manager', 'admin'] } as const;
const tags = ['reports'];
const security = [{ session: [] }];

const jsonOrCsv = <T extends z.ZodType>(schema: T) => ({
  description: 'The report as JSON, or as CSV (UTF-8 with BOM, RFC 4180, amounts in roubles and in kopecks)',
  content: { 'application/json': { schema }, 'text/csv': { schema: z.string() } },
});

/** Both addresses of a report: `/reports/x` (JSON unless format=csv) and `/reports/x.csv`. */
const bothPaths = (path: string) => [
  { url: path, csv: (format: 'json' | 'csv') => format === 'csv' },
  { url: `${path}.csv`, csv: () => true },
];

function sendCsv(reply: FastifyReply, fileName: string, csv: string): FastifyReply {
  return reply.type(csvContentType).header('content-disposition', `attachment; filename="${fileName}.csv"`).send(csv);
}

export const reportsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const db = deps.database.db;

  for (const { url, csv } of bothPaths('/reports/best-film')) {
    const schema = { tags, security, summary: 'The most profitable film over a period (seed 003): every film with its gross, the winners marked', querystring: bestFilmQuery, response: { 200: jsonOrCsv(bestFilmReport) } };
    app.get(url, { config, schema }, async (request, reply) => {
      const { format, lang, ...query } = request.query;
      const report = await getBestFilm(db, query);
      return csv(format) ? sendCsv(reply, `best-film_${query.from}_${query.to}`, bestFilmCsv(report, lang)) : report;
    });
  }

  for (const { url, csv } of bothPaths('/reports/sales')) {
    const schema = { tags, security, summary: 'Sales over a period by day, event, service or payment kind: tickets sold and returned, amounts', querystring: salesQuery, response: { 200: jsonOrCsv(salesReport) } };
    app.get(url, { config, schema }, async (request, reply) => {
      const { format, lang, ...query } = request.query;
      const report = await getSalesReport(db, query);
      return csv(format) ? sendCsv(reply, `sales-by-${query.groupBy}_${query.from}_${query.to}`, salesCsv(report, lang)) : report;
    });
  }

  for (const { url, csv } of bothPaths('/reports/occupancy')) {
    const schema = { tags, security, summary: 'Occupancy of the events starting in a period: capacity, sold, held, free', querystring: occupancyQuery, response: { 200: jsonOrCsv(occupancyReport) } };
    app.get(url, { config, schema }, async (request, reply) => {
      const { format, lang, ...query } = request.query;
      const report = await getOccupancyReport(db, query, deps.clock.now());
      return csv(format) ? sendCsv(reply, `occupancy_${query.from}_${query.to}`, occupancyCsv(report, lang)) : report;
    });
  }

  for (const { url, csv } of bothPaths('/reports/balances')) {
    const schema = { tags, security, summary: "Balances of clients' internal accounts and of corporate contracts", querystring: balancesQuery, response: { 200: jsonOrCsv(balancesReport) } };
    app.get(url, { config, schema }, async (request, reply) => {
      const report = await getBalancesReport(db, deps.clock.now());
      return csv(request.query.format) ? sendCsv(reply, `balances_${report.at.slice(0, 10)}`, balancesCsv(report, request.query.lang)) : report;
    });
  }
};
