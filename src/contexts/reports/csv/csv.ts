// CSV as Excel and every spreadsheet open it (RFC 4180): comma-separated, CRLF line
// ends, a field quoted when it holds a comma, a quote or a line break (quotes doubled),
// and a UTF-8 byte-order mark first, without which Excel reads Cyrillic as Windows-1251.
// Pure, so the quoting and the money format are unit-tested on their own.

export const csvContentType = 'text/csv; charset=utf-8';

const BOM = '\uFEFF';

export interface CsvColumn<Row> {
  header: string;
  /** `text` cells are defused against formula injection; `number` cells are written as they are. */
  kind: 'text' | 'number';
  value(row: Row): string | number | null;
}

/** One field as RFC 4180 writes it: quoted only when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

// A title typed by a manager as "=HYPERLINK(...)" must stay text in Excel, never run:
// OWASP's advice is a leading apostrophe, which Excel shows as nothing.
function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell<Row>(column: CsvColumn<Row>, row: Row): string {
  const value = column.value(row);
  if (value === null) return '';
  const text = String(value);
  return csvField(column.kind === 'text' ? defused(text) : text);
}

/** The whole document: BOM, a header row, one line per row, each line ended by CRLF. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvField(column.header)), ...rows.map((row) => columns.map((column) => cell(column, row)))];
  return BOM + lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}

/** Kopecks as roubles with two decimals and a point ("1234.50", "-0.05"): exact, never through a float. */
export function roublesOf(amountMinor: number): string {
  if (!Number.isSafeInteger(amountMinor)) throw new Error(`${amountMinor} is not a whole number of kopecks`);
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(amountMinor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The two columns every amount gets in a CSV: roubles for people, kopecks for machines. */
export function moneyColumns<Row>(header: { roubles: string; kopecks: string }, amount: (row: Row) => number): CsvColumn<Row>[] {
  return [
    { header: header.roubles, kind: 'number', value: (row) => roublesOf(amount(row)) },
    { header: header.kopecks, kind: 'number', value: amount },
  ];
}
