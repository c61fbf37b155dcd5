import type { Sale, UnitRef } from '../../inventory/index.ts';

// Which inventory rows a ticket stands for, read from the ticket and its admissions.
// Pure, so the issue, the return and their tests read a ticket the same way.

export interface TicketUnitsInput {
  id: string;
  eventId: string | null;
  serviceId: string | null;
  zoneId: string | null;
  seatId: string | null;
  placeNo: number | null;
  unitNo: number | null;
  /** The events the ticket admits to (one, or each event of a bundle or season ticket). */
  admissionEventIds: readonly (string | null)[];
}

/**
 * The rows a ticket sells: its seat in each event it admits to, its place in a
 * general-admission zone, or its unit of an add-on good; none for a visit nothing limits.
 */
export function unitsOfTicket(ticket: TicketUnitsInput): UnitRef[] {
  if (ticket.seatId) {
    const seatId = ticket.seatId;
    return ticket.admissionEventIds.flatMap((eventId) => (eventId ? [{ kind: 'seat' as const, eventId, seatId }] : []));
  }
  if (ticket.placeNo !== null && ticket.eventId && ticket.zoneId) {
    return [{ kind: 'place', eventId: ticket.eventId, zoneId: ticket.zoneId, placeNo: ticket.placeNo }];
  }
  if (ticket.unitNo !== null && ticket.serviceId) return [{ kind: 'unit', serviceId: ticket.serviceId, unitNo: ticket.unitNo }];
  return [];
}

/**
 * The sales of these tickets in rounds where each ticket appears once: inventory sells a
 * unit per ticket per call, and a season ticket is one ticket for its seat in every event,
 * so its k-th seat goes in the k-th round.
 */
export function saleRounds(tickets: readonly TicketUnitsInput[]): Sale[][] {
  const rounds: Sale[][] = [];
  for (const ticket of tickets) {
    for (const [index, unit] of unitsOfTicket(ticket).entries()) {
      (rounds[index] ??= []).push({ unit, ticketId: ticket.id });
    }
  }
  return rounds;
}
