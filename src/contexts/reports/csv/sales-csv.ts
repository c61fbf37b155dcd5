import type { ReportLang, SalesReport } from '../contracts.ts';
import { type CsvColumn, moneyColumns, toCsv } from './csv.ts';
import { figureCsvColumns } from './figure-csv-columns.ts';
import { amountHeaders, say } from './words.ts';

type RowOf<G extends SalesReport['groupBy']> = Extract<SalesReport, { groupBy: G }>['rows'][number];

const idColumn = <Row>(lang: ReportLang, words: { ru: string; en: string }, value: (row: Row) => string | null): CsvColumn<Row> => ({
  header: say(lang, words), kind: 'text', value,
});

/** The sales report as a CSV: the grouping's own columns, then the sold, returned and net figures. */
export function salesCsv(report: SalesReport, lang: ReportLang): string {
  switch (report.groupBy) {
    case 'day':
      return toCsv<RowOf<'day'>>([idColumn(lang, { ru: 'Дата', en: 'Day' }, (row) => row.day), ...figureCsvColumns(lang)], report.rows);
    case 'event':
      return toCsv<RowOf<'event'>>(
        [
          idColumn(lang, { ru: 'Событие', en: 'Event' }, (row) => row.title ?? say(lang, { ru: '(без события: услуги, абонементы)', en: '(no single event: services, season tickets)' })),
          idColumn(lang, { ru: 'Начало (UTC)', en: 'Starts (UTC)' }, (row) => row.startsAt),
          idColumn(lang, { ru: 'Площадка', en: 'Venue' }, (row) => row.venueName),
          idColumn(lang, { ru: 'ID события', en: 'Event ID' }, (row) => row.eventId),
          ...figureCsvColumns(lang),
        ],
        report.rows,
      );
    case 'service':
      return toCsv<RowOf<'service'>>(
        [
          idColumn(lang, { ru: 'Услуга', en: 'Service' }, (row) => row.name ?? say(lang, { ru: '(билеты на события)', en: '(event tickets)' })),
          idColumn(lang, { ru: 'Вид услуги', en: 'Service kind' }, (row) => row.kind),
          idColumn(lang, { ru: 'ID услуги', en: 'Service ID' }, (row) => row.serviceId),
          ...figureCsvColumns(lang),
        ],
        report.rows,
      );
    case 'paymentKind':
      return toCsv<RowOf<'paymentKind'>>(
        [
          idColumn(lang, { ru: 'Вид оплаты', en: 'Payment kind' }, (row) => say(lang, row.label)),
          idColumn(lang, { ru: 'Код вида оплаты', en: 'Payment kind code' }, (row) => row.paymentKind),
          ...figureCsvColumns(lang),
          { header: say(lang, { ru: 'Платежей', en: 'Payments' }), kind: 'number', value: (row) => row.paymentsCount },
          ...moneyColumns<RowOf<'paymentKind'>>(amountHeaders(lang, { ru: 'Получено денег', en: 'Money received' }), (row) => row.receivedMinor),
          { header: say(lang, { ru: 'Возвратов денег', en: 'Refunds' }), kind: 'number', value: (row) => row.refundsCount },
          ...moneyColumns<RowOf<'paymentKind'>>(amountHeaders(lang, { ru: 'Возвращено денег', en: 'Money refunded' }), (row) => row.refundedMinor),
          ...moneyColumns<RowOf<'paymentKind'>>(amountHeaders(lang, { ru: 'Деньги за вычетом возвратов', en: 'Net money' }), (row) => row.netReceivedMinor),
        ],
        report.rows,
      );
  }
}
