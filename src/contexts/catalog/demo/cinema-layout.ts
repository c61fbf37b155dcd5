import { RowCollector, roundCm, type LayoutRow } from './hall-layout.ts';

/** A block of identical rows of one zone, from the screen backwards. */
export interface RowBlock {
  zone: string;
  rows: number;
  seatsPerRow: number;
  /** Seat width in metres: VIP armchairs are wider. */
  seatWidth: number;
}

const ROW_DEPTH = 1.1;
// The first row sits this far from the screen, which is the line y = 0.
const FIRST_ROW = 4;

/**
 * A cinema hall plan: rows centred on the screen's axis (x = 0), numbered 1.. from
 * the screen back across all blocks, seats numbered left to right facing the screen.
 */
export function cinemaLayout(blocks: readonly RowBlock[]): { rows: LayoutRow[]; seatCount: number } {
  const collector = new RowCollector();
  let rowNumber = 0;
  for (const block of blocks) {
    for (let r = 0; r < block.rows; r += 1) {
      rowNumber += 1;
      collector.add({
        zone: block.zone,
        row: String(rowNumber),
        x: roundCm(-((block.seatsPerRow - 1) * block.seatWidth) / 2),
        y: roundCm(FIRST_ROW + (rowNumber - 1) * ROW_DEPTH),
        dx: block.seatWidth,
        dy: 0,
        count: block.seatsPerRow,
      });
    }
  }
  return { rows: collector.rows, seatCount: collector.seatCount };
}
