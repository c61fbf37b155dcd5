import type { RowSpec, ZoneLayout } from './venue-file.ts';

// Turns a hall's compact layout into one planned seat per place, in seat order, and
// finds what the schema cannot see: a zone code used twice, a seat given twice.
// Pure, so the CLI refuses a bad file before it opens the database.

export interface PlannedSeat {
  zoneIndex: number;
  rowLabel: string;
  seatLabel: string;
  /** The seat's place in the hall's seat order (0, 1, 2, ...): its bit in the seat map. */
  ordinal: number;
  x: number;
  y: number;
}

export interface LayoutIssue {
  path: (string | number)[];
  message: string;
}

/** More seats than this in one hall is a mistake in the file, not a stadium. */
export const MAX_SEATS_PER_HALL = 250_000;

function expandRow(row: RowSpec, firstLine: number, emit: (rowLabel: string, seatLabel: string, x: number, y: number) => void): number {
  let lastY = firstLine;
  for (let k = 0; k < (row.repeat ?? 1); k += 1) {
    const rowLabel = row.repeat === undefined ? row.row : String(Number(row.row) + k);
    const x0 = (row.x ?? 0) + k * row.rowDx;
    const y0 = (row.y ?? firstLine) + k * row.rowDy;
    lastY = Math.max(lastY, y0);
    const entries = typeof row.seats === 'number' ? Array.from({ length: row.seats }, (_, i) => String(row.firstSeat + i)) : row.seats;
    entries.forEach((entry, i) => {
      if (entry === null) return; // a gap: the position is skipped, no seat
      if (typeof entry === 'string') emit(rowLabel, entry, x0 + i * row.dx, y0 + i * row.dy);
      else emit(rowLabel, entry.label, entry.x, entry.y);
    });
  }
  return lastY;
}

/** Expands every row of every zone; `issues` is empty when the layout is sound. */
export function expandLayout(zones: readonly ZoneLayout[]): { seats: PlannedSeat[]; issues: LayoutIssue[] } {
  const seats: PlannedSeat[] = [];
  const issues: LayoutIssue[] = [];
  const zoneCodes = new Map<string, number>();
  let nextLine = 0;
  let total = 0;
  zones.forEach((zone, zoneIndex) => {
    const earlier = zoneCodes.get(zone.code);
    if (earlier !== undefined) issues.push({ path: ['zones', zoneIndex, 'code'], message: `zone code "${zone.code}" is already used by zones[${earlier}]` });
    zoneCodes.set(zone.code, zoneIndex);
    const taken = new Map<string, number>();
    zone.rows.forEach((row, rowIndex) => {
      const lastY = expandRow(row, nextLine, (rowLabel, seatLabel, x, y) => {
        const key = `${rowLabel}\u0000${seatLabel}`;
        const first = taken.get(key);
        if (first !== undefined) {
          if (issues.length < 50) {
            issues.push({
              path: ['zones', zoneIndex, 'rows', rowIndex, 'seats'],
              message: `seat "${seatLabel}" of row "${rowLabel}" is already in this zone (rows[${first}])`,
            });
          }
          return;
        }
        taken.set(key, rowIndex);
        total += 1;
        if (total <= MAX_SEATS_PER_HALL) seats.push({ zoneIndex, rowLabel, seatLabel, ordinal: seats.length, x, y });
      });
      nextLine = Math.floor(lastY) + 1;
    });
  });
  if (total > MAX_SEATS_PER_HALL) issues.push({ path: ['zones'], message: `a hall may have at most ${MAX_SEATS_PER_HALL} seats, this one has ${total}` });
  return { seats, issues };
}
