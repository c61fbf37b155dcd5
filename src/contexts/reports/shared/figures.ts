import { sumMinor } from '../../../shared/money.ts';

// The figures every sales row carries: tickets sold in the period at their frozen prices,
// tickets returned in the period at the same prices, and what is left of both. Pure.

export interface SaleFigures {
  ticketsSold: number;
  soldMinor: number;
  ticketsReturned: number;
  returnedMinor: number;
}

export interface NetFigures extends SaleFigures {
  netTickets: number;
  /** Sold less returned; negative when a period's returns outweigh its sales. */
  netMinor: number;
}

export const noSales: SaleFigures = { ticketsSold: 0, soldMinor: 0, ticketsReturned: 0, returnedMinor: 0 };

export function withNet(figures: SaleFigures): NetFigures {
  return {
    ticketsSold: figures.ticketsSold,
    soldMinor: figures.soldMinor,
    ticketsReturned: figures.ticketsReturned,
    returnedMinor: figures.returnedMinor,
    netTickets: figures.ticketsSold - figures.ticketsReturned,
    netMinor: sumMinor([figures.soldMinor, -figures.returnedMinor]),
  };
}

/** The sum of several rows' figures (a report's totals), exact in kopecks. */
export function totalOf(rows: readonly SaleFigures[]): NetFigures {
  return withNet({
    ticketsSold: rows.reduce((sum, row) => sum + row.ticketsSold, 0),
    soldMinor: sumMinor(rows.map((row) => row.soldMinor)),
    ticketsReturned: rows.reduce((sum, row) => sum + row.ticketsReturned, 0),
    returnedMinor: sumMinor(rows.map((row) => row.returnedMinor)),
  });
}
