import { releaseHold, returnSold, sellHold } from '../../inventory/index.ts';
import type { Db } from '../../../server/db/types.ts';
import { admissionsOf } from '../order-repository.ts';
import { keepReserved } from '../orders/reservation.ts';
import { findRequest } from '../request-repository.ts';
import type { OrderRow, RequestRow, TicketRow } from '../tables.ts';
import { saleRounds, type TicketUnitsInput, unitsOfTicket } from './ticket-units.ts';

// What issuing and returning tickets do to inventory (ADR 0007: a seat is sold when its
// ticket is issued). The rows stay in the order's hold until then.

/** A lapsed hold whose rows nobody took is kept a little longer, so the sale goes through. */
const ISSUE_GRACE_MS = 5 * 60_000;

async function unitInputs(tx: Db, tickets: readonly TicketRow[]): Promise<TicketUnitsInput[]> {
  const admissions = await admissionsOf(tx, tickets.map((t) => t.id));
  return tickets.map((ticket) => ({ ...ticket, admissionEventIds: admissions.filter((a) => a.ticketId === ticket.id).map((a) => a.eventId) }));
}

async function requestOf(tx: Db, order: OrderRow): Promise<RequestRow> {
  const request = await findRequest(tx, order.requestId);
  if (!request) throw new Error(`order ${order.id} has no request`);
  return request;
}

/**
 * Sells the rows of the tickets being issued out of the order's hold, all or none:
 * 409 `hold_lost` (from inventory) when one was released meanwhile and taken by another.
 */
export async function sellTicketUnits(tx: Db, order: OrderRow, tickets: readonly TicketRow[], now: Date): Promise<number> {
  const rounds = saleRounds(await unitInputs(tx, tickets));
  if (rounds.length === 0) return 0;
  const request = await requestOf(tx, order);
  if (request.heldUntil.getTime() < now.getTime()) await keepReserved(tx, request, now, new Date(now.getTime() + ISSUE_GRACE_MS));
  let sold = 0;
  for (const round of rounds) sold += (await sellHold(tx, { holdId: request.holdId, now, tickets: round })).length;
  return sold;
}

/**
 * Puts the rows of returned tickets back on sale: the sold rows of issued tickets, and
 * the rows the hold still keeps for tickets paid but not yet issued. Says how many.
 */
export async function putTicketUnitsBackOnSale(tx: Db, order: OrderRow, tickets: readonly TicketRow[]): Promise<number> {
  const issued = tickets.filter((t) => t.status === 'issued');
  const waiting = await unitInputs(tx, tickets.filter((t) => t.status === 'active'));
  const freed = (await returnSold(tx, issued.map((t) => t.id))).length;
  const held = waiting.flatMap(unitsOfTicket);
  if (held.length === 0) return freed;
  const released = await releaseHold(tx, (await requestOf(tx, order)).holdId, held);
  return freed + released.seats + released.places + released.units;
}
