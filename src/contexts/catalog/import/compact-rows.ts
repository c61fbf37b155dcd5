import type { RowSpec } from './venue-file.ts';

// The reverse of expand-layout.ts for export: a zone's seats, in seat order, as rows of
// the compact file format. A row whose labels count up from a number and whose seats are
// evenly spaced becomes a count with a step; any other row lists its seats one by one.

export interface StoredSeat {
  rowLabel: string;
  seatLabel: string;
  x: number;
  y: number;
}

type RowOut = Pick<RowSpec, 'row'> & Partial<Pick<RowSpec, 'seats' | 'firstSeat' | 'x' | 'y' | 'dx' | 'dy'>>;

/** Positions are stored as float4: three decimals keep what a person drew, without float noise. */
const round = (value: number) => Math.round(value * 1000) / 1000;
const near = (a: number, b: number) => Math.abs(a - b) < 0.0015;

function compactRow(rowLabel: string, seats: readonly StoredSeat[]): RowOut {
  const [first, second] = seats;
  if (!first) return { row: rowLabel, seats: [] };
  const start = Number(first.seatLabel);
  const dx = second ? second.x - first.x : 1;
  const dy = second ? second.y - first.y : 0;
  const regular = seats.every(
    (seat, i) => seat.seatLabel === String(start + i) && near(seat.x, first.x + i * dx) && near(seat.y, first.y + i * dy),
  );
  if (regular && /^\d+$/.test(first.seatLabel)) {
    return {
      row: rowLabel,
      seats: seats.length,
      ...(start === 1 ? {} : { firstSeat: start }),
      x: round(first.x),
      y: round(first.y),
      ...(near(dx, 1) ? {} : { dx: round(dx) }),
      ...(near(dy, 0) ? {} : { dy: round(dy) }),
    };
  }
  return { row: rowLabel, seats: seats.map((seat) => ({ label: seat.seatLabel, x: round(seat.x), y: round(seat.y) })) };
}

/** Consecutive seats of one row label make one row of the file. */
export function compactRows(seats: readonly StoredSeat[]): RowOut[] {
  const rows: RowOut[] = [];
  let start = 0;
  for (let i = 1; i <= seats.length; i += 1) {
    if (i === seats.length || seats[i]?.rowLabel !== seats[start]?.rowLabel) {
      rows.push(compactRow(seats[start]?.rowLabel ?? '', seats.slice(start, i)));
      start = i;
    }
  }
  return rows;
}
