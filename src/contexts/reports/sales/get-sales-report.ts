import type { Db } from '../../../server/db/types.ts';
import type { SalesGrouping, SalesReport } from '../contracts.ts';
import { noSales, totalOf, withNet } from '../shared/figures.ts';
import { type PeriodQuery, periodViewOf, reportFilter } from '../shared/report-filter.ts';
import { readSnapshot } from '../shared/read-snapshot.ts';
import { daysOf, maxDailyRows, maxPeriodDays } from '../shared/report-period.ts';
import { paymentKindRows, paymentKindTotals } from './payment-kind-rows.ts';
import { readDailySales, readEventSales, readPaymentMoney, readSalesByPaymentKind, readServiceSales } from './sales-repository.ts';

/** Sales over a period grouped by day (every day listed), event, service or payment kind, with their totals. */
export async function getSalesReport(db: Db, query: PeriodQuery & { groupBy: SalesGrouping }): Promise<SalesReport> {
  const filter = await reportFilter(db, query, query.groupBy === 'day' ? maxDailyRows : maxPeriodDays);
  const period = periodViewOf(filter);
  switch (query.groupBy) {
    case 'day': {
      const byDay = await readDailySales(db, filter);
      const rows = daysOf(filter).map((day) => ({ day, ...withNet(byDay.get(day) ?? noSales) }));
      return { groupBy: 'day', period, rows, totals: totalOf(rows) };
    }
    case 'event': {
      const rows = (await readEventSales(db, filter)).map((row) => ({ ...row, ...withNet(row) }));
      return { groupBy: 'event', period, rows, totals: totalOf(rows) };
    }
    case 'service': {
      const rows = (await readServiceSales(db, filter)).map((row) => ({ ...row, ...withNet(row) }));
      return { groupBy: 'service', period, rows, totals: totalOf(rows) };
    }
    case 'paymentKind': {
      const rows = await readSnapshot(db, async (tx) => paymentKindRows(await readSalesByPaymentKind(tx, filter), await readPaymentMoney(tx, filter)));
      return { groupBy: 'paymentKind', period, rows, totals: paymentKindTotals(rows) };
    }
  }
}
