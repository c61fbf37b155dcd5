import type { ReportLang } from '../contracts.ts';
import type { NetFigures } from '../shared/figures.ts';
import { type CsvColumn, moneyColumns } from './csv.ts';
import { amountHeaders, figureWords as w, say } from './words.ts';

/** The columns of sold, returned and net figures that every sales row ends with. */
export function figureCsvColumns<Row extends NetFigures>(lang: ReportLang): CsvColumn<Row>[] {
  return [
    { header: say(lang, w.ticketsSold), kind: 'number', value: (row) => row.ticketsSold },
    ...moneyColumns<Row>(amountHeaders(lang, w.sold), (row) => row.soldMinor),
    { header: say(lang, w.ticketsReturned), kind: 'number', value: (row) => row.ticketsReturned },
    ...moneyColumns<Row>(amountHeaders(lang, w.returned), (row) => row.returnedMinor),
    { header: say(lang, w.netTickets), kind: 'number', value: (row) => row.netTickets },
    ...moneyColumns<Row>(amountHeaders(lang, w.net), (row) => row.netMinor),
  ];
}
