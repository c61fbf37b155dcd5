import type { SaleFigures } from './figures.ts';
import type { FigureRow } from './ticket-movements-repository.ts';

// Raw SQL rows come back a little differently from node-postgres and PGlite (a bigint
// sum as a number or a string, an instant as a Date or text); these read them one way.

/** A whole number from a count or a sum of kopecks; refuses what a number cannot hold exactly. */
export function wholeOf(value: number | string | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new Error(`${String(value)} is not a whole number a report can carry exactly`);
  return number;
}

export function isoOf(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function figuresOf(row: FigureRow): SaleFigures {
  return {
    ticketsSold: wholeOf(row.tickets_sold),
    soldMinor: wholeOf(row.sold_minor),
    ticketsReturned: wholeOf(row.tickets_returned),
    returnedMinor: wholeOf(row.returned_minor),
  };
}
