/**
 * A hall drawn as rows of evenly spaced seats: what the demo generators produce and
 * what the seeder expands into the seats table with one `generate_series` statement.
 */
export interface LayoutRow {
  zone: string;
  row: string;
  firstOrdinal: number;
  x: number;
  y: number;
  dx: number;
  dy: number;
  count: number;
}

export interface LayoutSeat {
  zone: string;
  row: string;
  label: string;
  ordinal: number;
  x: number;
  y: number;
}

/** Positions are kept to the centimetre, half away from zero like SQL's round(numeric, 2). */
export const roundCm = (value: number): number => (Math.sign(value) * Math.round(Math.abs(value) * 100)) / 100 || 0;

/** Every seat of the rows, labelled 1..count within its row. */
export function expandRows(rows: readonly LayoutRow[]): LayoutSeat[] {
  return rows.flatMap((row) =>
    Array.from({ length: row.count }, (_, i) => ({
      zone: row.zone,
      row: row.row,
      label: String(i + 1),
      ordinal: row.firstOrdinal + i,
      x: roundCm(row.x + i * row.dx),
      y: roundCm(row.y + i * row.dy),
    })),
  );
}

/** Hands out ordinals in the order rows are added, so a hall's seats are numbered 0..n-1. */
export class RowCollector {
  readonly rows: LayoutRow[] = [];
  private next = 0;

  add(row: Omit<LayoutRow, 'firstOrdinal'>): void {
    if (row.count <= 0) return;
    this.rows.push({ ...row, firstOrdinal: this.next });
    this.next += row.count;
  }

  get seatCount(): number {
    return this.next;
  }
}
