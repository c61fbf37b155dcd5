import { moneyColumns, toCsv, type CsvColumn } from '../../../contexts/reports/csv/csv.ts';
import type { Translate } from '../../i18n/i18n-context.tsx';
import type { StaffOrderItem } from './orders-api.ts';

// The filtered order list as a spreadsheet, written in the browser from what the API
// answered. The reports' CSV writer makes it: the same quoting, BOM and formula
// defusing as every other CSV of the back office, amounts in roubles and kopecks.

export interface OrderCsvRow extends StaffOrderItem {
  /** "Иванова Мария Петровна (ivanova)", when the client could be read. */
  clientName: string | null;
}

export function ordersCsv(t: Translate, rows: readonly OrderCsvRow[]): string {
  const text = (header: string, value: (row: OrderCsvRow) => string | null): CsvColumn<OrderCsvRow> => ({ header, kind: 'text', value });
  const money = (header: string, amount: (row: OrderCsvRow) => number) =>
    moneyColumns<OrderCsvRow>({ roubles: `${header}, ₽`, kopecks: `${header}, ${t('orders.csv.kopecks')}` }, amount);
  return toCsv<OrderCsvRow>(
    [
      text(t('office.bookingNumber'), (row) => row.bookingNumber),
      text(t('orders.csv.createdUtc'), (row) => row.createdAt),
      text(t('common.status'), (row) => t(`order.${row.status}`)),
      text(t('orders.paymentStatus'), (row) => t(`payment.${row.paymentStatus}`)),
      ...money(t('common.total'), (row) => row.totalMinor),
      ...money(t('orders.paid'), (row) => row.paidMinor),
      ...money(t('orders.remaining'), (row) => row.totalMinor - row.paidMinor),
      { header: t('orders.tickets'), kind: 'number', value: (row) => row.ticketCount },
      text(t('office.client'), (row) => row.clientName),
      text(t('orders.csv.clientId'), (row) => row.clientId),
      text(t('orders.csv.currency'), (row) => row.currency),
    ],
    rows,
  );
}

/** "orders-2026-06-01.csv": the day it was made, in the staff's calendar. */
export function ordersCsvName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `orders-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
